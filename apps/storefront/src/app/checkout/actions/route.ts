import { handleCheckoutAction } from "~/modules/checkout/checkout-actions";

export const dynamic = "force-dynamic";

export const POST = handleCheckoutAction;
