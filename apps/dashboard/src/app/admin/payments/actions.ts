"use server";

import { ZOrderCode } from "@cho-phien/validators/orders";
import { redirect } from "next/navigation";
import { getCaller } from "~/server/caller";

/**
 * "Đã nhận tiền" on /admin/payments: the admin saw the transfer on the bank statement. The procedure checks
 * the payment:confirm permission and is idempotent, so a double click or a resubmitted form is harmless.
 * The answer comes back as a fixed outcome word in the URL (never free text), shown by the page.
 */
export async function markTransferReceivedAction(formData: FormData): Promise<void> {
  const code = ZOrderCode.safeParse(formData.get("checkoutCode"));
  if (!code.success) redirect("/admin/payments?ket-qua=invalid");
  let outcome: string;
  try {
    const api = await getCaller();
    outcome = (await api.orders.markTransferReceived({ checkoutCode: code.data })).outcome;
  } catch (e) {
    const trpcCode = (e as { code?: string }).code;
    outcome =
      trpcCode === "NOT_FOUND"
        ? "not_found"
        : trpcCode === "FORBIDDEN" || trpcCode === "UNAUTHORIZED"
          ? "forbidden"
          : "error";
  }
  redirect(`/admin/payments?ma=${encodeURIComponent(code.data)}&ket-qua=${outcome}`);
}
