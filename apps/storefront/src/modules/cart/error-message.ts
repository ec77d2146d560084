/**
 * The message to show for a failed API call: zod's Vietnamese field messages for bad input, the domain
 * error's message otherwise; a generic line for anything unexpected (never a stack or SQL).
 */
export function userMessage(e: unknown, fallback = "Có lỗi xảy ra, vui lòng thử lại."): string {
  if (!(e instanceof Error) || e.name !== "TRPCError") return fallback;
  const code = (e as { code?: string }).code;
  if (code === "INTERNAL_SERVER_ERROR") return fallback;
  const issues = (e.cause as { issues?: { message: string }[] } | undefined)?.issues;
  if (Array.isArray(issues) && issues.length) return [...new Set(issues.map((i) => i.message))].join(". ");
  return e.message;
}

/** The domain reason (SOLD_OUT, PRICE_CHANGED...) of a tRPC error, if any. */
export function errorReason(e: unknown): string | undefined {
  return (e as { cause?: { reason?: string } } | undefined)?.cause?.reason;
}
