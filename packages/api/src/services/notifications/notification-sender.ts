import { isProduction } from "@cho-phien/config/startup";
import { type MessagingEnv, readMessagingEnv } from "@cho-phien/messaging/env";
import { esmsClientFromEnv } from "@cho-phien/messaging/esms-client";
import { maskPhone } from "@cho-phien/messaging/phone-formats";
import { toSmsText } from "@cho-phien/messaging/sms-text";
import { znsClientFromEnv } from "@cho-phien/messaging/zns-client";
import { formatDateVn } from "@cho-phien/validators/dates";
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
 * Where order and payment notifications go: the provider MESSAGE_PROVIDER names (eSMS brandname SMS or a Zalo
 * ZNS template, ≤ 400 characters), or the log in development. `send` throws on failure; the dispatcher keeps
 * the message and retries it with backoff. Senders pass `message.id` to the provider as its idempotency key
 * (eSMS RequestId, ZNS tracking_id): a crash between sending and recording "sent" makes delivery
 * at-least-once.
 */
export interface NotificationSender {
  readonly name: string;
  send(message: OutgoingNotification): Promise<void>;
}

/** Production logs (a pilot allowed with ALLOW_LOG_SENDER=1) show a masked number, never a whole one. */
export const logNotificationSender: NotificationSender = {
  name: "log",
  async send(message) {
    const phone = message.recipient;
    const to = phone ? (isProduction() ? maskPhone(phone) : formatVnPhone(phone)) : "(quản trị)";
    console.log(`[notify] → ${to}: ${renderNotificationText(message)}`);
  },
};

/**
 * Messages for the platform's staff have no phone number (recipient null) and no provider to go to: they stay
 * in the log, as before, whatever MESSAGE_PROVIDER says.
 */
function toStaffOr(send: (m: OutgoingNotification & { recipient: string }) => Promise<void>) {
  return async (m: OutgoingNotification) => {
    if (m.recipient === null) return logNotificationSender.send(m);
    await send({ ...m, recipient: m.recipient });
  };
}

/** The order or checkout a message is about, for the ZNS template's `order_code` parameter. */
function referenceOf(m: OutgoingNotification): string {
  const code = m.payload.orderCode ?? m.payload.checkoutCode;
  return typeof code === "string" && code ? code : "Chợ Phiên";
}

/** The sender for MESSAGE_PROVIDER and its settings; throws when the provider's settings are incomplete. */
export function createNotificationSender(
  env: MessagingEnv,
  opts: { timeoutMs?: number } = {},
): NotificationSender {
  switch (env.MESSAGE_PROVIDER) {
    case "log":
      return logNotificationSender;
    case "esms": {
      const client = esmsClientFromEnv(env, opts);
      return {
        name: "esms",
        send: toStaffOr(async (m) => {
          const content = toSmsText(renderNotificationText(m));
          await client.send({ phoneE164: m.recipient, content, requestId: m.id });
        }),
      };
    }
    case "zns": {
      const { client, orderTemplateId } = znsClientFromEnv(env, opts);
      return {
        name: "zns",
        send: toStaffOr(async (m) => {
          await client.send({
            phoneE164: m.recipient,
            templateId: orderTemplateId,
            templateData: { order_code: referenceOf(m), message: renderNotificationText(m) },
            trackingId: m.id,
          });
        }),
      };
    }
  }
}

let current: NotificationSender | null = null;

/** Replaces the sender (tests); `null` goes back to the configured one. */
export function setNotificationSender(sender: NotificationSender | null): void {
  current = sender;
}

/** The sender set with setNotificationSender, else the one the environment configures (built on first use). */
export function getNotificationSender(): NotificationSender {
  current ??= createNotificationSender(readMessagingEnv());
  return current;
}

/** The Vietnamese text of a notification, short enough for an SMS or a ZNS template parameter. */
export function renderNotificationText(m: Pick<OutgoingNotification, "topic" | "payload">): string {
  const p = m.payload;
  const s = (k: string) => String(p[k] ?? "");
  const status = (k: string) => ORDER_STATUS_LABEL_VI[s(k) as keyof typeof ORDER_STATUS_LABEL_VI] ?? s(k);
  const date = (k: string) => (typeof p[k] === "string" ? formatDateVn(new Date(p[k] as string)) : "");
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
    case "ocop.certificate_revoked":
      text = `Chợ Phiên: chứng nhận OCOP của "${s("productTitle")}" đã bị thu hồi: ${s("reason")}. Sản phẩm không còn hiển thị huy hiệu OCOP.`;
      break;
    case "ocop.expiring":
      text = `Chợ Phiên: chứng nhận OCOP của "${s("productTitle")}" hết hạn ngày ${date("expiresAt")}. Hãy xin đánh giá lại và cập nhật chứng nhận mới để giữ huy hiệu OCOP.`;
      break;
    case "ocop.expired":
      text = `Chợ Phiên: chứng nhận OCOP của "${s("productTitle")}" đã hết hạn ngày ${date("expiresAt")}. Sản phẩm vẫn bán nhưng không còn huy hiệu OCOP cho đến khi có chứng nhận mới.`;
      break;
    case "listing.reviewed": {
      const why = [s("reason"), s("comment")].filter(Boolean).join(": ");
      const what = p.revision ? `Thay đổi của "${s("productTitle")}"` : `"${s("productTitle")}"`;
      text =
        p.decision === "approved"
          ? `Chợ Phiên: ${what} đã được duyệt${p.revision ? " và đang hiện cho người mua." : ", sản phẩm đã lên chợ."}`
          : p.decision === "changes_requested"
            ? `Chợ Phiên: ${what} cần sửa: ${why}. Sửa xong hãy gửi duyệt lại.`
            : `Chợ Phiên: ${what} bị từ chối: ${why}.`;
      break;
    }
    case "ocop.reviewed":
      text =
        p.decision === "verified"
          ? `Chợ Phiên: chứng nhận OCOP ${s("stars")} sao của "${s("productTitle")}" đã được xác minh, người mua đã thấy huy hiệu OCOP.`
          : `Chợ Phiên: chứng nhận OCOP của "${s("productTitle")}" chưa được chấp nhận: ${s("comment")}.`;
      break;
    default: {
      // A topic without its own words yet: still a readable message naming the order, never raw JSON.
      const code = s("orderCode") || s("checkoutCode");
      text = code ? `Chợ Phiên: đơn ${code} có cập nhật mới.` : `Chợ Phiên: ${m.topic}`;
    }
  }
  return text.slice(0, 400);
}
