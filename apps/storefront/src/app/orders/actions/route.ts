import { handleOrderAction } from "~/modules/orders/order-actions";

export const dynamic = "force-dynamic";

export const POST = handleOrderAction;
