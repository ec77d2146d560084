/**
 * Domain errors: services throw these, the tRPC layer maps them to codes (one place, trpc.ts).
 * Messages are Vietnamese because they reach the buyer or farmer as they are.
 */
export type DomainErrorKind =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  constructor(
    public readonly kind: DomainErrorKind,
    message: string,
    public readonly reason?: string,
    /** Machine-readable facts a form needs to show the problem (e.g. the new prices for PRICE_CHANGED). */
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what = "Không tìm thấy") => new DomainError("NOT_FOUND", what);
export const conflict = (why: string, reason?: string, details?: Record<string, unknown>) =>
  new DomainError("CONFLICT", why, reason, details);
export const badRequest = (why: string, reason?: string) => new DomainError("BAD_REQUEST", why, reason);
export const forbidden = (why: string, reason?: string) => new DomainError("FORBIDDEN", why, reason);
