import type { Locale } from "@cho-phien/ui/locale";
import type { TSellerStep } from "@cho-phien/validators/orders";

/**
 * Strings of /seller/orders: the list, an order card, the step and decline forms, and what a button did
 * (./outcome). Vietnamese first. The status words are the farm's column of
 * @cho-phien/validators/order-status-labels; the cash-collected form has its own ./cash-messages. Money and
 * dates come formatted (formatVnd, formatDateTimeVn); the API's own messages stay Vietnamese.
 */
const vi = {
  title: "Đơn hàng",
  subtitle: "Nhận đơn, đóng gói, giao cho vận chuyển — mỗi đơn một nút cho bước tiếp theo.",
  backToProducts: "← Sản phẩm",
  shopFilter: "Lọc theo gian hàng",
  allShops: "Mọi gian hàng",
  statusFilter: "Lọc theo trạng thái",
  activeTab: "Cần xử lý",
  allTab: "Tất cả",
  noShop: "Bạn chưa quản lý gian hàng nào, nên chưa có đơn hàng.",
  noActiveOrders: "Không có đơn nào cần xử lý.",
  noOrders: "Không có đơn hàng nào ở đây.",

  recipient: "Người nhận",
  orderedBy: (phone: string) => `Người đặt: ${phone}`,
  address: "Địa chỉ",
  items: "Hàng trong đơn",
  itemsTotal: "Tiền hàng",
  shipping: "Phí giao hàng",
  total: "Tổng đơn",
  carrier: "Vận chuyển",
  trackingCode: "Mã vận đơn",

  /** "Thu hộ (COD): bên vận chuyển thu <amount> của người mua.", the amount in bold between the two. */
  codBefore: "Thu hộ (COD): bên vận chuyển thu",
  codAfter: "của người mua.",
  paidBy: { card: "thẻ", vietqr: "chuyển khoản VietQR" },
  paid: (how: string) => `✓ Người mua đã thanh toán bằng ${how}. Không thu tiền khi giao.`,
  paymentPending: (how: string) => `Chờ người mua thanh toán bằng ${how}. Chưa gửi hàng.`,
  paymentFailed: (how: string) => `Thanh toán bằng ${how}: không thành công.`,

  /** The one next step, as a big button: what the farm does next with this parcel. */
  step: {
    accepted: "Nhận đơn",
    packed: "Đã đóng gói",
    shipped: "Giao cho vận chuyển",
    delivered: "Đã giao",
  } satisfies Record<TSellerStep, string>,
  trackingHint: "VD: GHTK-123456789",
  trackingRule: "4–60 ký tự: chữ, số, dấu gạch ngang",
  carrierLabel: "Đơn vị vận chuyển",

  decline: "Từ chối đơn",
  declinePlaced: "Không nhận được đơn này? Đơn sẽ bị hủy, hàng trả về kho.",
  declineAccepted: "Đã nhận đơn nhưng không giao được? Đơn sẽ bị hủy, hàng trả về kho.",
  declineRefund: " Người mua đã thanh toán: Chợ Phiên sẽ hoàn tiền cho họ.",
  declineReason: "Lý do (người mua sẽ đọc)",
  declineReasonHint: "VD: Vườn bị sương muối, ớt hỏng hết, xin lỗi bạn",
  declineConfirm: "Xác nhận từ chối đơn",

  outcomes: {
    done: {
      accepted: (code: string) => `Đã nhận đơn ${code}. Hãy chuẩn bị hàng và đóng gói.`,
      packed: (code: string) =>
        `Đơn ${code} đã đóng gói. Khi giao cho bên vận chuyển, nhập mã vận đơn rồi bấm “Giao cho vận chuyển”.`,
      shipped: (code: string) => `Đơn ${code} đã giao cho bên vận chuyển. Người mua đã thấy mã vận đơn.`,
      delivered: (code: string) => `Đơn ${code} đã giao đến người mua.`,
    } satisfies Record<TSellerStep, (code: string) => string>,
    /** A step went through but the URL did not say which. */
    updated: (code: string) => `Đã cập nhật đơn ${code}.`,
    unchanged: (code: string) => `Đơn ${code} đã ở bước này rồi, không có gì thay đổi.`,
    tracking: (code: string) =>
      `Đơn ${code}: vui lòng nhập mã vận đơn (4–60 ký tự, chỉ gồm chữ, số và dấu gạch ngang).`,
    not_found: (code: string) => `Không tìm thấy đơn ${code} trong các gian hàng bạn quản lý.`,
    conflict: (code: string) =>
      `Đơn ${code} vừa thay đổi (có thể người mua đã hủy hoặc người khác đã xử lý). Vui lòng xem lại đơn bên dưới.`,
    declined: (code: string) =>
      `Đã từ chối đơn ${code}. Hàng đã được trả về kho và người mua đã được báo lý do.`,
    already_cancelled: (code: string) => `Đơn ${code} đã được hủy trước đó, không có gì thay đổi.`,
    reason: (code: string) => `Đơn ${code}: vui lòng nhập lý do từ chối cho người mua (5–300 ký tự).`,
    forbidden: "Bạn không có quyền xử lý đơn hàng.",
    invalid: "Yêu cầu không hợp lệ, vui lòng thử lại.",
    error: "Có lỗi xảy ra, vui lòng thử lại.",
  },
};

export type SellerOrdersMessages = typeof vi;

const en: SellerOrdersMessages = {
  title: "Orders",
  subtitle: "Accept, pack, hand to the carrier — each order has one button for its next step.",
  backToProducts: "← Products",
  shopFilter: "Filter by shop",
  allShops: "All shops",
  statusFilter: "Filter by status",
  activeTab: "To do",
  allTab: "All",
  noShop: "You do not manage any shop yet, so there are no orders.",
  noActiveOrders: "No orders waiting for you.",
  noOrders: "No orders here.",

  recipient: "Recipient",
  orderedBy: (phone) => `Ordered by: ${phone}`,
  address: "Address",
  items: "Items in the order",
  itemsTotal: "Items",
  shipping: "Shipping",
  total: "Order total",
  carrier: "Carrier",
  trackingCode: "Tracking code",

  codBefore: "Cash on delivery (COD): the carrier collects",
  codAfter: "from the buyer.",
  paidBy: { card: "card", vietqr: "VietQR bank transfer" },
  paid: (how) => `✓ The buyer paid by ${how}. Collect nothing on delivery.`,
  paymentPending: (how) => `Waiting for the buyer to pay by ${how}. Do not ship yet.`,
  paymentFailed: (how) => `Payment by ${how} did not go through.`,

  step: {
    accepted: "Accept order",
    packed: "Packed",
    shipped: "Hand to the carrier",
    delivered: "Delivered",
  },
  trackingHint: "For example: GHTK-123456789",
  trackingRule: "4–60 characters: letters, digits, hyphens",
  carrierLabel: "Carrier",

  decline: "Decline order",
  declinePlaced: "Cannot take this order? It will be cancelled and the stock goes back on sale.",
  declineAccepted:
    "Accepted the order but cannot deliver it? It will be cancelled and the stock goes back on sale.",
  declineRefund: " The buyer has paid: Chợ Phiên will refund them.",
  declineReason: "Reason (the buyer will read it)",
  declineReasonHint: "For example: Frost hit the garden and the chillies are ruined, sorry",
  declineConfirm: "Confirm declining the order",

  outcomes: {
    done: {
      accepted: (code) => `Order ${code} accepted. Get the goods ready and pack them.`,
      packed: (code) =>
        `Order ${code} is packed. When you hand it to the carrier, enter the tracking code and tap “Hand to the carrier”.`,
      shipped: (code) => `Order ${code} is with the carrier. The buyer can see the tracking code.`,
      delivered: (code) => `Order ${code} has been delivered to the buyer.`,
    },
    updated: (code) => `Order ${code} updated.`,
    unchanged: (code) => `Order ${code} was already at this step; nothing changed.`,
    tracking: (code) =>
      `Order ${code}: please enter the tracking code (4–60 characters, only letters, digits and hyphens).`,
    not_found: (code) => `Order ${code} was not found in the shops you manage.`,
    conflict: (code) =>
      `Order ${code} has just changed (the buyer may have cancelled, or someone else handled it). Please check the order below.`,
    declined: (code) => `Order ${code} declined. The stock is back on sale and the buyer has been told why.`,
    already_cancelled: (code) => `Order ${code} was already cancelled; nothing changed.`,
    reason: (code) => `Order ${code}: please give the buyer a reason for declining (5–300 characters).`,
    forbidden: "You may not handle orders.",
    invalid: "The request was not valid, please try again.",
    error: "Something went wrong, please try again.",
  },
};

export function sellerOrdersMessages(locale: Locale): SellerOrdersMessages {
  return locale === "en" ? en : vi;
}
