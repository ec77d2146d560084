import { generateOrderMetadata, OrderDetailPage } from "~/modules/orders/order-detail-page";

export const dynamic = "force-dynamic";
export const generateMetadata = generateOrderMetadata;
export default OrderDetailPage;
