import { CheckoutPage, checkoutMetadata } from "~/modules/checkout/checkout-page";

export const dynamic = "force-dynamic";
export const metadata = checkoutMetadata;
export default CheckoutPage;
