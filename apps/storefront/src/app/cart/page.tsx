import { CartPage, cartMetadata } from "~/modules/cart/cart-page";

export const dynamic = "force-dynamic";
export const metadata = cartMetadata;
export default CartPage;
