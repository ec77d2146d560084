import { authRouteHandlers } from "@cho-phien/auth/next-handler";

export const dynamic = "force-dynamic";

// better-auth's endpoints (phone OTP, password sign-in, session, sign-out), shared with the storefront:
// same secret, database and cookie name, so one sign-in serves both apps.
export const { GET, POST } = authRouteHandlers();
