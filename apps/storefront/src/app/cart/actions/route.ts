import { handleCartAction } from "~/modules/cart/cart-actions";

export const dynamic = "force-dynamic";

export const POST = handleCartAction;
