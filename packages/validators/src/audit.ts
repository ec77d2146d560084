import { z } from "zod";
import { ZPage } from "./pagination";
import { isVietnamDay } from "./vietnam-day";

/** The admin's audit log browser: filters arrive from a GET form, so every field may be empty or absent. */

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const text = (label: string, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string({ error: `${label} không hợp lệ` })
      .transform((s) => s.normalize("NFC").trim())
      .pipe(z.string().max(max, { error: `${label} tối đa ${max} ký tự` }))
      .optional(),
  );

/** A calendar day as an <input type="date"> sends it (YYYY-MM-DD), read as a day in Vietnam. */
const day = (label: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string({ error: `${label} không hợp lệ` })
      .refine(isVietnamDay, { error: `${label} không hợp lệ (ngày/tháng/năm)` })
      .optional(),
  );

export const ZListAuditInput = z
  .object({
    /** The actor: a user id, part of their name, or their phone number. */
    actor: text("Người thực hiện", 100),
    /** Exact action name, e.g. "shop.suspended". */
    action: text("Hành động", 80),
    entityType: text("Loại đối tượng", 40),
    entityId: text("Mã đối tượng", 64),
    from: day("Từ ngày"),
    to: day("Đến ngày"),
    page: ZPage,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    error: "Từ ngày phải trước hoặc bằng đến ngày",
    path: ["from"],
  })
  .prefault({});
export type TListAuditInput = z.input<typeof ZListAuditInput>;
export type TListAuditQuery = z.output<typeof ZListAuditInput>;

export const AUDIT_VERIFY_MAX_ENTITIES = 50;

/** One entity's chain in the audit log. */
export const ZAuditEntityRef = z.object({
  entityType: z
    .string({ error: "Loại đối tượng không hợp lệ" })
    .trim()
    .min(1, { error: "Loại đối tượng không hợp lệ" })
    .max(40, { error: "Loại đối tượng không hợp lệ" }),
  entityId: z
    .string({ error: "Mã đối tượng không hợp lệ" })
    .trim()
    .min(1, { error: "Mã đối tượng không hợp lệ" })
    .max(64, { error: "Mã đối tượng không hợp lệ" }),
});
export type TAuditEntityRef = z.infer<typeof ZAuditEntityRef>;

/** The chains to verify: the filtered entity, or the entities of the page on screen. */
export const ZVerifyAuditInput = z.object({
  entities: z
    .array(ZAuditEntityRef, { error: "Danh sách đối tượng không hợp lệ" })
    .min(1, { error: "Chọn ít nhất một đối tượng để kiểm tra" })
    .max(AUDIT_VERIFY_MAX_ENTITIES, {
      error: `Tối đa ${AUDIT_VERIFY_MAX_ENTITIES} đối tượng mỗi lần kiểm tra`,
    }),
});
export type TVerifyAuditInput = z.infer<typeof ZVerifyAuditInput>;
