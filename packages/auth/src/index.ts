export {
  COOKIE_PREFIX,
  createAuth,
  getAuth,
  OTP_ALLOWED_ATTEMPTS,
  OTP_EXPIRES_IN_SECONDS,
  OTP_LIMITS,
  type Auth,
} from "./auth";
export { AUTH_MESSAGES_VI } from "./auth-messages-vi";
export { getSessionUser, hasSessionCookie, type SessionUser } from "./session";
export { can, PERMISSIONS, ROLES, type Permission, type Role } from "./roles";
export { getOtpSender, logOtpSender, setOtpSender, type OtpSender } from "./otp-sender";
export { consumeRateLimit } from "./rate-limit";
