import { OrdersPage, ordersMetadata } from "~/modules/orders/orders-page";

export const dynamic = "force-dynamic";
export const metadata = ordersMetadata;
export default OrdersPage;
