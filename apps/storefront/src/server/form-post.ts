/**
 * Plumbing for the storefront's forms (cart, checkout, orders). They are plain <form method="post"> to route
 * handlers, so they work with JavaScript off and survive a redeploy (no server-action ids baked into old
 * pages). The handler calls the API with `apiForRequest` (server/caller.ts) and answers with `redirectTo`.
 */

/** Form bodies here are a few hundred bytes; anything near this is not a browser filling our form. */
const MAX_FORM_BYTES = 32 * 1024;

/**
 * A cross-site form post carries a foreign Origin (or, in older browsers, Referer). Session and cart cookies
 * are SameSite=Lax, so such a post would be anonymous anyway; refusing it outright is belt and braces.
 */
export function isSameOrigin(req: Request): boolean {
  const source = req.headers.get("origin") ?? req.headers.get("referer");
  // No Origin and no Referer: a privacy setting or a non-browser client; SameSite still guards the cookies.
  if (source === null) return true;
  if (source === "null") return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}

export async function readForm(req: Request): Promise<FormData | Response> {
  if (!isSameOrigin(req)) return new Response("Yêu cầu không hợp lệ", { status: 403 });
  if (Number(req.headers.get("content-length") ?? 0) > MAX_FORM_BYTES) {
    return new Response("Dữ liệu gửi lên quá lớn", { status: 413 });
  }
  try {
    return await req.formData();
  } catch {
    return new Response("Dữ liệu gửi lên không hợp lệ", { status: 400 });
  }
}

/**
 * 303 See Other to a same-site path, carrying the API's Set-Cookie headers (guest cart) and any of ours.
 * A relative Location keeps it right behind a proxy whatever host the app thinks it has.
 */
export function redirectTo(path: string, setCookies: Iterable<string> = []): Response {
  const headers = new Headers({ Location: path, "Cache-Control": "no-store" });
  for (const c of setCookies) headers.append("Set-Cookie", c);
  return new Response(null, { status: 303, headers });
}

export function field(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
}
