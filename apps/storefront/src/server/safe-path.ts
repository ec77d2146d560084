/**
 * A same-site path to send someone back to, or `fallback`. Refuses absolute URLs, protocol-relative `//host`
 * and backslash tricks, so `?next=` can never become an open redirect.
 */
export function safeLocalPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // Control characters (tab, newline) are stripped by URL parsers and can turn "/\t/evil" into "//evil".
  for (let i = 0; i < value.length; i++)
    if (value.charCodeAt(i) < 0x20 || value.charCodeAt(i) === 0x7f) return fallback;
  return value;
}
