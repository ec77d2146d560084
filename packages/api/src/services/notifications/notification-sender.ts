import { formatVnd } from "@cho-phien/validators/money";
import { formatVnPhone } from "@cho-phien/validators/phone";
import { ORDER_STATUS_LABEL_VI } from "../orders/order-state-machine";

export interface OutgoingNotification {
  id: string;
  topic: string;
  /** E.164 phone number, or null for messages to the platform's staff. */
  recipient: string | null;
  payload: Record<string, unknown>;
}

/**
 * Where order and payment notifications go. Development logs them; production plugs in SMS or Zalo ZNS
 * (pre-approved templates, ≤ 400 characters). `send` throws on failure; the dispatcher keeps the message
 * and retries it with backoff. Implementations should pass `message.id` to the provider as an idempotency
 * key where they can: a crash between sending and recording "sent" makes delivery at-least-once.
 */
export interface NotificationSender {
  readonly name: string;
  send(message: OutgoingNotification): Promise<void>;
}

export const logNotificationSender: NotificationSender = {
  name: "log",
  async send(message) {
    const to = message.recipient ? formatVnPhone(message.recipient) : "(quản trị)";
    console.log(`[notify] → ${to}: ${renderNotificationText(message)}`);
  },
};

let current: NotificationSender = logNotificationSender;

export function setNotificationSender(sender: NotificationSender): void {
  current = sender;
}

export function getNotificationSender(): NotificationSender {
  return current;
}

/** The Vietnamese text of a notification, short enough for an SMS or a ZNS template parameter. */
export function renderNotificationText(m: Pick<OutgoingNotification, "topic" | "payload">): string {
  const p = m.payload;
  const s = (k: string) => String(p[k] ?? "");
  const status = (k: string) => ORDER_STATUS_LABEL_VI[s(k) as keyof typeof ORDER_STATUS_LABEL_VI] ?? s(k);
  const money = (k: string) => (typeof p[k] === "number" ? formatVnd(p[k] as number) : "");
  let text: string;
  switch (m.topic) {
    case "order.placed":
      text = `Chợ Phiên: đơn ${s("orderCode")} đã được đặt.`;
      break;
    case "order.status_changed":
      text = `Chợ Phiên: đơn ${s("orderCode")} chuyển sang "${status("to")}".`;
      break;
    case "payment.received":
      text = `Chợ Phiên: đã nhận ${money("amountVnd")} cho đơn ${s("checkoutCode")}. Cảm ơn bạn!`;
      break;
    case "payment.expired":
      text = `Chợ Phiên: đơn ${s("checkoutCode")} đã hủy vì chưa thanh toán (${s("note")}).`;
      break;
    case "payment.refund_due":
      text = `Chợ Phiên: chúng tôi sẽ hoàn ${money("amountVnd")} cho đơn ${s("checkoutCode")}.`;
      break;
    case "shop.order_received":
      text = `Chợ Phiên: Đơn mới ${s("orderCode")} (${s("itemsCount")} sản phẩm, ${money("totalVnd")}). Vào mục Đơn hàng để nhận đơn.`;
      break;
    case "order.declined":
      text =
        p.by === "system"
          ? `Chợ Phiên: đơn ${s("orderCode")} đã tự hủy: ${s("reason")}`
          : `Chợ Phiên: Đơn ${s("orderCode")} đã bị nhà vườn từ chối: ${s("reason")}`;
      break;
    case "payment.refund_needed":
      text = `Chợ Phiên (quản trị): cần hoàn tiền ${money("amountVnd")} cho đơn ${s("orderCode")} (${s("method")}), đơn đã hủy.`;
      break;
    case "shop.helper_invited":
      text = `Chợ Phiên: ${s("ownerName")} mời bạn giúp bán hàng cho gian hàng "${s("shopName")}". Đăng nhập, mở mục Lời mời để nhận lời.`;
      break;
    default: {
      // A topic without its own words yet: still a readable message naming the order, never raw JSON.
      const code = s("orderCode") || s("checkoutCode");
      text = code ? `Chợ Phiên: đơn ${code} có cập nhật mới.` : `Chợ Phiên: ${m.topic}`;
    }
  }
  return text.slice(0, 400);
}
