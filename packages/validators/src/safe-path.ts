/** Longer than any path of ours; a `?next=` this long is not a link someone followed. */
export const MAX_LOCAL_PATH = 2000;

/**
 * A same-site path to send someone back to (after sign-in, a language switch, a form post), or `fallback`.
 * Refuses absolute URLs, protocol-relative `//host`, backslashes (`/\host`, which browsers read as `//host`)
 * and control characters (URL parsers strip tab and newline, turning "/\t/evil" into "//evil"), so a
 * `?next=` or a form's `back` field can never become an open redirect. The one guard for both apps and the
 * shared sign-in form.
 */
export function safeLocalPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || value.length > MAX_LOCAL_PATH) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return fallback;
  }
  return value;
}

/**
 * Where a plain link that only changes a setting (the language switch) sends someone back: `next` if given,
 * else the page they came from (the Referer) when it is on `host`, else `fallback`. Always through
 * safeLocalPath, so neither a crafted `?next=` nor another site's Referer can lead off this site.
 */
export function backPath(
  from: { next: string | null; referer: string | null; host: string | null },
  fallback = "/",
): string {
  if (from.next) return safeLocalPath(from.next, fallback);
  if (!from.referer) return fallback;
  try {
    const u = new URL(from.referer);
    if (u.host !== from.host) return fallback;
    return safeLocalPath(u.pathname + u.search, fallback);
  } catch {
    return fallback;
  }
}
