import type { TRPCError } from "@trpc/server";

/**
 * Reading a tRPC error from an in-process call, for both apps. Everything is checked by shape, not
 * `instanceof`, so a second copy of @trpc/server in a bundle can never turn a 404 into a 500; and only a
 * type comes from @trpc/server, so this file costs nothing at runtime.
 */
export type TrpcErrorCode = TRPCError["code"];

/** True for a tRPC error (of this code, when given): not-found and bad-input pages branch on it. */
export function isTrpcError(e: unknown, code?: TrpcErrorCode): e is TRPCError {
  return (
    e instanceof Error &&
    e.name === "TRPCError" &&
    typeof (e as { code?: unknown }).code === "string" &&
    (code === undefined || (e as TRPCError).code === code)
  );
}

/**
 * The readable messages of a tRPC error: zod's issue messages (Vietnamese, from @cho-phien/validators) when
 * input validation failed, each once; the domain error's message otherwise. Never a stack or SQL.
 */
export function trpcErrorMessages(e: TRPCError): string[] {
  const issues = (e.cause as { issues?: unknown } | undefined)?.issues;
  if (Array.isArray(issues)) {
    const messages = issues
      .map((i) => (i as { message?: unknown } | null)?.message)
      .filter((m): m is string => typeof m === "string" && m !== "");
    if (messages.length) return [...new Set(messages)];
  }
  return [e.message];
}

/** The messages of a BAD_REQUEST, so a page can show "Số trang không hợp lệ" instead of failing; else null. */
export function badRequestMessages(e: unknown): string[] | null {
  return isTrpcError(e, "BAD_REQUEST") ? trpcErrorMessages(e) : null;
}
