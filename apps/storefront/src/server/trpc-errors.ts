import type { TRPCError } from "@trpc/server";

/**
 * True for a tRPC error of this code (not-found and bad-input pages branch on it). Checked by shape, not
 * `instanceof`, so a second copy of @trpc/server in the bundle can never turn a 404 into a 500.
 */
export function isTrpcError(e: unknown, code: TRPCError["code"]): e is TRPCError {
  return e instanceof Error && e.name === "TRPCError" && (e as TRPCError).code === code;
}

/**
 * The readable messages of a BAD_REQUEST: zod's issue messages (Vietnamese, from @cho-phien/validators) when
 * input validation failed, the domain error's message otherwise. Never a stack or SQL.
 */
export function badRequestMessages(e: unknown): string[] | null {
  if (!isTrpcError(e, "BAD_REQUEST")) return null;
  const cause = e.cause as { issues?: { message: string }[] } | undefined;
  if (cause && Array.isArray(cause.issues) && cause.issues.length) {
    return [...new Set(cause.issues.map((i) => i.message))];
  }
  return [e.message];
}
