export {
  type Auth,
  COOKIE_PREFIX,
  createAuth,
  getAuth,
  OTP_ALLOWED_ATTEMPTS,
  OTP_EXPIRES_IN_SECONDS,
  OTP_LIMITS,
} from "./auth";
export { AUTH_MESSAGES_VI } from "./auth-messages-vi";
export { getOtpSender, logOtpSender, type OtpSender, setOtpSender } from "./otp-sender";
export { consumeRateLimit } from "./rate-limit";
export { can, PERMISSIONS, type Permission, ROLES, type Role } from "./roles";
export { getSessionUser, hasSessionCookie, type SessionUser } from "./session";
