import type { PaymentProvider } from "./payment-provider";

/** Cash on delivery: the default in rural Vietnam. The carrier collects; the order goes to the farm at once. */
export const codProvider: PaymentProvider = {
  method: "cod",
  isAvailable: () => true,
  initialOrderStatus: "placed",
  holdMinutes: null,
  async start() {
    return {};
  },
};
