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
