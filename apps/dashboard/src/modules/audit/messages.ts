import type { Locale } from "@cho-phien/ui/locale";
import { layoutMessages } from "~/modules/layout/messages";

/** Strings of /admin/audit: the filters, the entries and the hash-chain check. */
const vi = {
  title: "Nhật ký hệ thống",
  subtitle:
    "Mọi thao tác quan trọng, mới nhất trước. Nhật ký chỉ ghi thêm, không sửa, không xoá được; mỗi mục mang mã băm của mục trước.",
  count: (n: number) => `${n.toLocaleString("vi-VN")} mục`,

  filters: "Lọc nhật ký",
  actor: "Người thực hiện",
  actorHint: "Tên, số điện thoại hoặc mã tài khoản",
  action: "Hành động",
  actionHint: "Ví dụ: shop.suspended",
  entityType: "Loại đối tượng",
  entityTypeHint: "Ví dụ: Shop, Order, Product",
  entityId: "Mã đối tượng",
  from: "Từ ngày",
  to: "Đến ngày",
  apply: "Lọc",
  clear: "Bỏ lọc",

  noEntries: "Không có mục nào khớp bộ lọc.",
  at: "Lúc",
  by: "Người làm",
  system: "Hệ thống",
  on: "Đối tượng",
  reason: "Lý do",
  version: "Phiên bản",
  change: "Thay đổi",
  details: "Xem dữ liệu đầy đủ",
  onlyThis: "Chỉ xem đối tượng này",
  brokenHere: "Mắt xích bị phá vỡ tại mục này",
  actorRoles: {
    ...layoutMessages("vi").roles,
    owner: "Chủ gian hàng",
    helper: "Người giúp",
    system: "Hệ thống",
    guest: "Khách",
    stripe: "Stripe",
  } as Record<string, string>,

  chainTitle: "Kiểm tra chuỗi băm",
  chainScopeEntity: "Kiểm tra toàn bộ lịch sử của đối tượng đang lọc.",
  chainScopePage: "Kiểm tra toàn bộ lịch sử của các đối tượng có trên trang này.",
  chainAllOk: (n: number) => `${n} chuỗi nguyên vẹn: không mục nào bị sửa hay xoá.`,
  chainBroken: (broken: number, n: number) => `${broken}/${n} chuỗi bị phá vỡ: nhật ký đã bị can thiệp.`,
  chainNothing: "Không có đối tượng nào để kiểm tra.",
  entries: (n: number) => `${n} mục`,
  brokenAt: (id: string) => `Hỏng từ mục #${id}`,
  why: {
    prev_hash_mismatch: "Không nối tiếp mục trước (có mục bị xoá hoặc chèn thêm)",
    hash_mismatch: "Nội dung không khớp mã băm (mục đã bị sửa)",
  },
  intactList: "Các chuỗi nguyên vẹn",
};

export type AuditMessages = typeof vi;

const en: AuditMessages = {
  title: "Audit log",
  subtitle:
    "Every important action, newest first. The log can only grow: no entry can be edited or deleted, and each carries the hash of the one before.",
  count: (n: number) => `${n.toLocaleString("en-US")} entries`,

  filters: "Filter the log",
  actor: "Actor",
  actorHint: "Name, phone number or account id",
  action: "Action",
  actionHint: "For example: shop.suspended",
  entityType: "Entity type",
  entityTypeHint: "For example: Shop, Order, Product",
  entityId: "Entity id",
  from: "From",
  to: "To",
  apply: "Filter",
  clear: "Clear filters",

  noEntries: "No entry matches these filters.",
  at: "At",
  by: "By",
  system: "System",
  on: "Entity",
  reason: "Reason",
  version: "Version",
  change: "Change",
  details: "Show all data",
  onlyThis: "Only this entity",
  brokenHere: "The chain breaks at this entry",
  actorRoles: {
    ...layoutMessages("en").roles,
    owner: "Shop owner",
    helper: "Helper",
    system: "System",
    guest: "Guest",
    stripe: "Stripe",
  },

  chainTitle: "Hash chain check",
  chainScopeEntity: "Checks the whole history of the filtered entity.",
  chainScopePage: "Checks the whole history of every entity on this page.",
  chainAllOk: (n: number) => `${n} chains intact: no entry was edited or deleted.`,
  chainBroken: (broken: number, n: number) => `${broken} of ${n} chains broken: the log was tampered with.`,
  chainNothing: "Nothing to check.",
  entries: (n: number) => `${n} entries`,
  brokenAt: (id: string) => `Broken from entry #${id}`,
  why: {
    prev_hash_mismatch: "Does not follow the entry before (an entry was deleted or inserted)",
    hash_mismatch: "Content does not match its hash (the entry was edited)",
  },
  intactList: "Intact chains",
};

export function auditMessages(locale: Locale): AuditMessages {
  return locale === "en" ? en : vi;
}
