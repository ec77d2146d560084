/**
 * The readable messages of a BAD_REQUEST from a procedure (zod's Vietnamese issue messages, or the domain
 * error's), so a page can show "Số trang không hợp lệ" instead of failing. Null for any other error.
 * Checked by shape, not `instanceof`, in case the bundle holds two copies of @trpc/server.
 */
export function badRequestMessages(e: unknown): string[] | null {
  if (!(e instanceof Error) || e.name !== "TRPCError" || (e as { code?: string }).code !== "BAD_REQUEST")
    return null;
  const cause = (e as { cause?: { issues?: { message: string }[] } }).cause;
  if (cause && Array.isArray(cause.issues) && cause.issues.length)
    return [...new Set(cause.issues.map((i) => i.message))];
  return [e.message];
}
