export { getAuth, OTP_LIMITS, type Auth } from "./auth";
export { getSessionUser, type SessionUser } from "./session";
export { can, PERMISSIONS, ROLES, type Permission, type Role } from "./roles";
export { getOtpSender, logOtpSender, setOtpSender, type OtpSender } from "./otp-sender";
export { consumeRateLimit } from "./rate-limit";
