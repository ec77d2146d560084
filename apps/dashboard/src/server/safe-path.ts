/**
 * A same-site path to send someone back to after sign-in, or `fallback`. Refuses absolute URLs,
 * protocol-relative `//host`, backslashes and control characters, so `?next=` is never an open redirect.
 */
export function safeLocalPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return fallback;
  }
  return value;
}
