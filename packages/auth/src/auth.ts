import { getDb } from "@cho-phien/db";
import { normalizeVnPhone } from "@cho-phien/validators/phone";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { phoneNumber } from "better-auth/plugins";
import { getOtpSender } from "./otp-sender";
import { consumeRateLimit } from "./rate-limit";

const STOREFRONT_URL = process.env.STOREFRONT_URL ?? "http://localhost:3000";
const DASHBOARD_URL = process.env.DASHBOARD_URL ?? "http://localhost:3001";

/** OTP limits: per phone number (someone spamming one farmer) and per client IP (one client spamming many). */
export const OTP_LIMITS = {
  perPhone: { windowSeconds: 600, max: 3 },
  perIp: { windowSeconds: 600, max: 20 },
};

function clientIp(headers: Headers | undefined): string {
  return headers?.get("x-forwarded-for")?.split(",")[0]?.trim() || headers?.get("x-real-ip") || "unknown";
}

function createAuth() {
  const db = getDb();
  return betterAuth({
    appName: "Chợ Phiên",
    secret: process.env.AUTH_SECRET ?? "cho-phien-development-secret-change-me-in-production",
    database: prismaAdapter(db, { provider: "postgresql" }),
    // Both apps run on localhost in development; cookies are not port-scoped, so one session serves both.
    trustedOrigins: [STOREFRONT_URL, DASHBOARD_URL],
    emailAndPassword: { enabled: true, minPasswordLength: 8 },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: "string", defaultValue: "buyer", input: false },
        locale: { type: "string", defaultValue: "vi", input: false },
      },
    },
    advanced: {
      cookiePrefix: "chophien",
      useSecureCookies: process.env.NODE_ENV === "production" && STOREFRONT_URL.startsWith("https://"),
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
    // Counters live in the database so several instances agree.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/phone-number/send-otp": { window: 60, max: 5 },
        "/phone-number/verify": { window: 60, max: 10 },
        "/sign-in/phone-number": { window: 60, max: 10 },
      },
    },
    hooks: {
      // People type 0912 345 678; store and look up E.164 (+84912345678) whatever they typed.
      before: createAuthMiddleware(async (ctx) => {
        const body = ctx.body as Record<string, unknown> | undefined;
        if (body && typeof body.phoneNumber === "string") {
          const normalized = normalizeVnPhone(body.phoneNumber);
          if (!normalized) {
            throw new APIError("BAD_REQUEST", {
              message: "Số điện thoại di động Việt Nam không hợp lệ (ví dụ: 0912 345 678)",
              code: "INVALID_PHONE_NUMBER",
            });
          }
          body.phoneNumber = normalized;
        }
      }),
    },
    plugins: [
      phoneNumber({
        otpLength: 6,
        expiresIn: 300,
        allowedAttempts: 3,
        phoneNumberValidator: (p) => normalizeVnPhone(p) === p,
        signUpOnVerification: {
          getTempEmail: (p) => `${p.replace("+", "")}@phone.chophien.vn`,
          getTempName: (p) => p.replace(/^\+84/, "0"),
        },
        async sendOTP({ phoneNumber: phone, code }, ctx) {
          const ip = clientIp(ctx?.request?.headers ?? ctx?.headers);
          const okPhone = await consumeRateLimit(db, `otp:phone:${phone}`, OTP_LIMITS.perPhone.windowSeconds, OTP_LIMITS.perPhone.max);
          const okIp = await consumeRateLimit(db, `otp:ip:${ip}`, OTP_LIMITS.perIp.windowSeconds, OTP_LIMITS.perIp.max);
          if (!okPhone || !okIp) {
            throw new APIError("TOO_MANY_REQUESTS", {
              message: "Bạn đã yêu cầu mã quá nhiều lần. Vui lòng thử lại sau 10 phút.",
              code: "OTP_RATE_LIMITED",
            });
          }
          await getOtpSender().send(phone, code);
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { chophienAuth?: Auth };

/** The process-wide better-auth instance (lazy, so importing this module never opens a connection). */
export function getAuth(): Auth {
  globalForAuth.chophienAuth ??= createAuth();
  return globalForAuth.chophienAuth;
}
