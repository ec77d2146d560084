import { isTrpcError, trpcErrorMessages } from "@cho-phien/ui/trpc-errors";

export const GENERIC_ERROR_MESSAGE = "Có lỗi xảy ra, vui lòng thử lại.";

/**
 * The message to show after a failed form post (flash banner): zod's Vietnamese field messages for bad
 * input, the domain error's message otherwise; a generic line for anything unexpected (never a stack or SQL).
 */
export function userMessage(e: unknown, fallback = GENERIC_ERROR_MESSAGE): string {
  if (!isTrpcError(e) || e.code === "INTERNAL_SERVER_ERROR") return fallback;
  return trpcErrorMessages(e).join(". ");
}
