import { getLogger } from "@cho-phien/config/logger";
import { type DbTx, getDb, type PrismaClient } from "@cho-phien/db";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { phoneNumber } from "better-auth/plugins";
import { AUTH_MESSAGES_VI, translateAuthResponse } from "./auth-messages-vi";
import { CLIENT_IP_HEADER } from "./client-ip";
import { authSecret, readAuthEnv, useSecureCookies } from "./env";
import { getOtpSender } from "./otp-sender";
import { createPhoneGuard, type OtpLimits } from "./phone-guard";
import { createSignInLockoutRecorder, SIGN_IN_LOCKOUT, type SignInLockout } from "./sign-in-lockout";

/** Names every cookie better-auth sets (`chophien.session_token`, …); shared by both apps. */
export const COOKIE_PREFIX = "chophien";

/** OTP limits: per phone number (someone spamming one farmer) and per client IP (one client spamming many). */
export const OTP_LIMITS: OtpLimits = {
  perPhone: { windowSeconds: 600, max: 3 },
  perIp: { windowSeconds: 600, max: 20 },
};

/** A code is valid for 5 minutes and survives 3 wrong tries. */
export const OTP_EXPIRES_IN_SECONDS = 300;
export const OTP_ALLOWED_ATTEMPTS = 3;

export interface CreateAuthOptions {
  db?: PrismaClient;
  otpLimits?: OtpLimits;
  signInLockout?: SignInLockout;
}

async function refuseBannedUser(db: DbTx, userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { banned: true } });
  if (user?.banned) {
    throw new APIError("FORBIDDEN", { message: AUTH_MESSAGES_VI.ACCOUNT_BANNED, code: "ACCOUNT_BANNED" });
  }
}

/**
 * A better-auth instance. Apps use the process-wide one from `getAuth()`; tests create several to show that
 * sessions and limits live in Postgres, not in one instance's memory.
 */
export function createAuth(opts: CreateAuthOptions = {}) {
  const db = opts.db ?? getDb();
  const otpLimits = opts.otpLimits ?? OTP_LIMITS;
  const lockout = opts.signInLockout ?? SIGN_IN_LOCKOUT;
  const env = readAuthEnv();
  const auth = betterAuth({
    appName: "Chợ Phiên",
    // better-auth's own warnings and errors go through our logger: JSON with the request's id, and in
    // production without the phone numbers its messages can hold (the placeholder e-mails are made of them).
    logger: {
      log: (level, message, ...args) => {
        const err = args.find((a) => a instanceof Error);
        getLogger()[level]({ ...(err ? { err } : {}), ...(args.length ? { args } : {}) }, `auth: ${message}`);
      },
    },
    // Production refuses to start without a real one (see env.ts); the fallback only serves development.
    secret: authSecret(env),
    database: prismaAdapter(db, { provider: "postgresql" }),
    // Both apps run on localhost in development; cookies are not port-scoped, so one session serves both.
    // No fixed baseURL: each app derives it from its own request, so same-origin calls always pass.
    trustedOrigins: [env.STOREFRONT_URL, env.DASHBOARD_URL],
    // Passwords are set by the server (`auth.api.setPassword`) after a phone OTP sign-in; nobody signs up
    // by e-mail. Open e-mail sign-up would also let anyone claim the placeholder address of a phone account
    // (84912345678@phone.chophien.vn) before its owner first signs in, and break that owner's sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    // HTTP only (server code can still call these): flows we do not offer over the wire. Password reset by
    // phone needs an SMS/ZNS template first (see otp-sender.ts).
    disabledPaths: [
      "/sign-up/email",
      "/sign-in/email",
      "/request-password-reset",
      "/reset-password",
      "/phone-number/request-password-reset",
      "/phone-number/reset-password",
    ],
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: "string", defaultValue: "buyer", input: false },
        locale: { type: "string", defaultValue: "vi", input: false },
        // Declared so the session carries it (getSessionUser refuses banned users); only admins set it.
        banned: { type: "boolean", defaultValue: false, input: false },
      },
    },
    databaseHooks: {
      // A banned farmer or buyer cannot open a new session by any route (OTP or password).
      session: { create: { before: async (session) => refuseBannedUser(db, session.userId) } },
    },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: useSecureCookies(env),
      // Only the address our own server established (client-ip.ts): X-Forwarded-For is the client's to forge.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      // better-auth skips the CSRF origin check when NODE_ENV=test; keep it on so tests exercise it.
      disableOriginCheck: false,
    },
    // Counters live in the database so several instances agree. Keyed by client IP and path.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        // better-auth prunes RateLimit rows older than its longest configured window, and our own OTP
        // counters share that table: this 10-minute rule keeps them alive for their whole window. It also
        // caps send-otp calls that never reach the per-phone counter (invalid numbers).
        "/phone-number/send-otp": { window: otpLimits.perIp.windowSeconds, max: otpLimits.perIp.max * 2 },
        "/phone-number/verify": { window: 60, max: 10 },
        // Per IP; the per-account lockout (sign-in-lockout.ts) keeps its counters in this table for 15 minutes,
        // and this rule's window is what keeps better-auth from pruning them sooner.
        "/sign-in/phone-number": { window: SIGN_IN_LOCKOUT.windowSeconds, max: 30 },
      },
    },
    hooks: {
      before: createPhoneGuard(db, otpLimits, lockout),
      after: createSignInLockoutRecorder(db, lockout),
    },
    plugins: [
      phoneNumber({
        otpLength: 6,
        expiresIn: OTP_EXPIRES_IN_SECONDS,
        allowedAttempts: OTP_ALLOWED_ATTEMPTS,
        // The guard has already normalised; anything else reaching here is a bug or a direct API call.
        phoneNumberValidator: (p) => /^\+84[35789]\d{8}$/.test(p),
        signUpOnVerification: {
          getTempEmail: (p) => `${p.replace("+", "")}@phone.chophien.vn`,
          getTempName: (p) => p.replace(/^\+84/, "0"),
        },
        async sendOTP({ phoneNumber: phone, code }) {
          await getOtpSender().send(phone, code);
        },
      }),
    ],
  });
  const handler = auth.handler;
  // Every error that leaves /api/auth carries a Vietnamese message (see auth-messages-vi.ts).
  auth.handler = async (request: Request) => translateAuthResponse(await handler(request));
  return auth;
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { chophienAuth?: Auth };

/** The process-wide better-auth instance (lazy, so importing this module never opens a connection). */
export function getAuth(): Auth {
  globalForAuth.chophienAuth ??= createAuth();
  return globalForAuth.chophienAuth;
}
