import { can, getSessionUser, type Permission, type SessionUser } from "@cho-phien/auth";
import { getLogger } from "@cho-phien/config/logger";
import { type Db, getDb } from "@cho-phien/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { DomainError } from "./errors";

export interface Context {
  db: Db;
  user: SessionUser | null;
  headers: Headers;
  /** Response headers a procedure may set (the guest-cart cookie). */
  resHeaders?: Headers;
  /**
   * Whether the abuse limits of public mutations apply (services/limits): true for every real request
   * (createContext). Contexts that tests build by hand leave it out, so suites placing hundreds of orders with
   * one fixture phone test checkout, not the limits; the limits' own tests turn it on.
   */
  enforceLimits?: boolean;
}

/** Builds the context for one request: the session user comes from the auth cookie, looked up in Postgres. */
export async function createContext(opts: { headers: Headers; resHeaders?: Headers }): Promise<Context> {
  return {
    db: getDb(),
    user: await getSessionUser(opts.headers).catch(() => null),
    headers: opts.headers,
    resHeaders: opts.resHeaders,
    enforceLimits: true,
  };
}

/** Every procedure states who may call it; the authorization tests read this to try everyone else. */
export interface Meta {
  access: "public" | "authed" | Permission;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const zod = error.cause instanceof ZodError ? error.cause : null;
      return {
        ...shape,
        // A readable Vietnamese message first (zod's), with the field errors for forms.
        message: zod ? zod.issues.map((i) => i.message).join("; ") : shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          fieldErrors: zod ? z.flattenError(zod).fieldErrors : undefined,
          reason: error.cause instanceof DomainError ? error.cause.reason : undefined,
          details: error.cause instanceof DomainError ? error.cause.details : undefined,
        },
      };
    },
  });

/**
 * Maps domain errors to tRPC codes, and hides anything unexpected behind a generic message so stack traces
 * and SQL never reach a client.
 */
const errorMapping = t.middleware(async ({ next, path, type }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError) {
      (result as { error: TRPCError }).error = new TRPCError({
        code: cause.kind,
        message: cause.message,
        cause,
      });
    } else if (result.error.code === "INTERNAL_SERVER_ERROR") {
      // The whole error, with its cause and stack, goes to the log only (under the request's id).
      getLogger().error({ err: result.error, procedure: path, type }, "procedure failed");
      (result as { error: TRPCError }).error = new TRPCError({
        code: "INTERNAL_SERVER_ERROR",
        message: "Hệ thống đang bận, vui lòng thử lại.",
      });
    }
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(errorMapping).meta({ access: "public" });

/** A signed-in user of any role. */
export const authedProcedure = publicProcedure
  .use(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Vui lòng đăng nhập để tiếp tục." });
    return next({ ctx: { ...ctx, user: ctx.user } });
  })
  .meta({ access: "authed" });

/** A signed-in user whose role grants `permission` (see @cho-phien/auth roles.ts). */
export function permittedProcedure(permission: Permission) {
  return authedProcedure
    .use(({ ctx, next }) => {
      if (!can(ctx.user.role, permission)) {
        throw new TRPCError({ code: "FORBIDDEN", message: "Bạn không có quyền thực hiện thao tác này." });
      }
      return next({ ctx });
    })
    .meta({ access: permission });
}

export const sellerProcedure = permittedProcedure("shop:manage");
export const reviewerProcedure = permittedProcedure("listing:review");
export const adminProcedure = permittedProcedure("user:manage");
