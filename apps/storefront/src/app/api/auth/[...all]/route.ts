import { getAuth } from "@cho-phien/auth";
import { toNextJsHandler } from "better-auth/next-js";

export const dynamic = "force-dynamic";

// better-auth's endpoints (phone OTP, password sign-in, session, sign-out). The auth instance is created on the
// first request, not at import, so `next build` never touches the database.
export const { GET, POST } = toNextJsHandler((req: Request) => getAuth().handler(req));
