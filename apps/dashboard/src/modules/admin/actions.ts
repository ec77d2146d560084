"use server";

import {
  ZChangeUserRoleInput,
  ZRevokeCertificateInput,
  ZSetReviewerProvincesInput,
  ZShopReasonInput,
  ZUserReasonInput,
} from "@cho-phien/validators/admin";
import { redirect } from "next/navigation";
import { getCaller } from "~/server/caller";
import { adminBackPath } from "./back-path";
import { type AdminOutcome, outcomeOfError, reasonOutcome } from "./outcome";

/**
 * The admin area's forms: plain posts (they work without JavaScript), each answered by a redirect back to the
 * page the form was on (its `back` field, kept inside /admin) with the outcome as a fixed word. The
 * procedures check the admin permission, the reason and the rules again; these only translate.
 */

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

function backTo(formData: FormData, outcome: AdminOutcome): never {
  redirect(adminBackPath(str(formData.get("back")), outcome));
}

/** A zod schema from @cho-phien/validators/admin, as far as these actions use it. */
interface FormSchema<T> {
  safeParse(
    raw: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } };
}

/** Parses the form, calls the API, and goes back with what happened. */
async function runAdminAction<T>(
  formData: FormData,
  schema: FormSchema<T>,
  raw: Record<string, unknown>,
  call: (input: T) => Promise<AdminOutcome>,
): Promise<never> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => i.path[0]));
    backTo(
      formData,
      fields.has("reason")
        ? reasonOutcome(str(formData.get("reason")))
        : fields.has("provinceCodes")
          ? "invalid_province"
          : "invalid",
    );
  }
  let outcome: AdminOutcome;
  try {
    outcome = await call(parsed.data);
  } catch (e) {
    outcome = outcomeOfError(e);
    if (outcome === "error") console.error("[admin] action failed", e);
  }
  backTo(formData, outcome);
}

const api = () => getCaller();

/** "Đổi vai trò". */
export async function changeRoleAction(formData: FormData): Promise<void> {
  await runAdminAction(
    formData,
    ZChangeUserRoleInput,
    {
      userId: str(formData.get("userId")),
      role: str(formData.get("role")),
      reason: str(formData.get("reason")),
    },
    async (input) =>
      (await (await api()).admin.changeRole(input)).changed ? "role_changed" : "role_unchanged",
  );
}

/** "Khoá tài khoản": banned and signed out everywhere. */
export async function banUserAction(formData: FormData): Promise<void> {
  await runAdminAction(
    formData,
    ZUserReasonInput,
    { userId: str(formData.get("userId")), reason: str(formData.get("reason")) },
    async (input) => ((await (await api()).admin.banUser(input)).changed ? "banned" : "already_banned"),
  );
}

/** "Mở khoá". */
export async function unbanUserAction(formData: FormData): Promise<void> {
  await runAdminAction(
    formData,
    ZUserReasonInput,
    { userId: str(formData.get("userId")), reason: str(formData.get("reason")) },
    async (input) => ((await (await api()).admin.unbanUser(input)).changed ? "unbanned" : "already_unbanned"),
  );
}

/** "Lưu phân công": the checked provinces are the reviewer's whole set (none checked: none). */
export async function setReviewerProvincesAction(formData: FormData): Promise<void> {
  await runAdminAction(
    formData,
    ZSetReviewerProvincesInput,
    {
      userId: str(formData.get("userId")),
      provinceCodes: formData.getAll("provinceCodes").map(String),
      reason: str(formData.get("reason")),
    },
    async (input) => {
      const r = await (await api()).admin.setReviewerProvinces(input);
      return r.added.length || r.removed.length ? "provinces_set" : "provinces_unchanged";
    },
  );
}

/** "Tạm ngừng gian hàng". */
export async function suspendShopAction(formData: FormData): Promise<void> {
  await runAdminAction(
    formData,
    ZShopReasonInput,
    { shopId: str(formData.get("shopId")), reason: str(formData.get("reason")) },
    async (input) =>
      (await (await api()).admin.suspendShop(input)).changed ? "suspended" : "already_suspended",
  );
}

/** "Cho bán lại". */
export async function reinstateShopAction(formData: FormData): Promise<void> {
  await runAdminAction(
    formData,
    ZShopReasonInput,
    { shopId: str(formData.get("shopId")), reason: str(formData.get("reason")) },
    async (input) =>
      (await (await api()).admin.reinstateShop(input)).changed ? "reinstated" : "already_active",
  );
}

/** "Thu hồi chứng nhận". */
export async function revokeCertificateAction(formData: FormData): Promise<void> {
  await runAdminAction(
    formData,
    ZRevokeCertificateInput,
    { certificateId: str(formData.get("certificateId")), reason: str(formData.get("reason")) },
    async (input) =>
      (await (await api()).admin.revokeCertificate(input)).changed ? "revoked" : "already_revoked",
  );
}
