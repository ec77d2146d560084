import type { Auth } from "../auth";
import { CLIENT_IP_HEADER } from "../client-ip";
import { setOtpSender } from "../otp-sender";

/**
 * Drives an auth instance exactly as a browser would: JSON POSTs to /api/auth/... with an Origin, a client
 * IP header and the cookies from earlier answers. No better-auth client library, like the sign-in form.
 */
export interface AuthAnswer {
  status: number;
  body: { code?: string; message?: string; [k: string]: unknown };
  /** "name=value; name2=value2" from Set-Cookie, ready for a Cookie header. */
  cookie: string;
}

export async function callAuth(
  auth: Auth,
  path: string,
  body: unknown,
  opts: { ip?: string; cookie?: string; origin?: string } = {},
): Promise<AuthAnswer> {
  const headers = new Headers({
    "content-type": "application/json",
    origin: opts.origin ?? "http://localhost:3000",
  });
  // As the production server stamps it (packages/api http/client-ip.ts).
  if (opts.ip) headers.set(CLIENT_IP_HEADER, opts.ip);
  if (opts.cookie) headers.set("cookie", opts.cookie);
  const res = await auth.handler(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    }),
  );
  const text = await res.text();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { status: res.status, body: text ? JSON.parse(text) : {}, cookie };
}

/** Captures the codes the OTP sender would text, keyed by E.164 phone. */
export function captureOtps(): Map<string, string> {
  const codes = new Map<string, string>();
  setOtpSender({
    async send(phone, code) {
      codes.set(phone, code);
    },
  });
  return codes;
}
