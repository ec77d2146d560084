/**
 * What production logs must never hold: a farmer's or buyer's phone number, a one-time code, a delivery
 * address or the name on the parcel, a password, a session cookie. Logs are read and kept by more people than
 * may see an order (docs/ARCHITECTURE.md, "Logs"). logger.ts applies both halves in production only; in
 * development the values stay readable.
 */

/** Keys whose value is replaced wherever they sit (`{ order: { address: { street } } }`). */
const PERSONAL_KEYS = new Set([
  "phone",
  "phoneNumber",
  "phoneE164",
  "buyerPhone",
  "recipientPhone",
  // OutboxMessage.recipient: the phone a notification goes to.
  "recipient",
  "recipientName",
  "email",
  "address",
  "addressLine",
  "street",
  "ward",
  "otp",
  "otpCode",
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "cookie",
  "authorization",
  "set-cookie",
]);

/**
 * `code` is the one-time code in sign-in input, but also an error's code (`err.code`: "P2002",
 * "INTERNAL_SERVER_ERROR") that a log is read for: only at the top of a line or where sign-in input sits.
 */
const CODE_PARENTS = new Set(["", "input", "body"]);

/**
 * Deeper than any line we write: the bound keeps a cyclic or huge object cheap (a phone past it is still
 * scrubbed from the line).
 */
const MAX_DEPTH = 5;

const REDACTED = "[redacted]";

/**
 * A log line's fields with every personal key's value replaced, copied where something changed (the caller's
 * objects are never modified). Plain objects and arrays only: an Error, a Date or a Buffer is left to pino's
 * serializers, and what they print goes through scrubPhoneNumbers with the rest of the line.
 *
 * Not pino's `redact` option: with wildcard paths (`*.phone`, `*.*.phone` for each key) it cost about 50 µs a
 * line, fifty times the line itself, on the API's one-line-per-request path; this walk costs about a
 * microsecond and reaches any depth.
 */
export function redactPersonalFields<T extends object>(fields: T): T {
  return redactIn(fields, "", 0) as T;
}

function redactIn(value: unknown, parentKey: string, depth: number): unknown {
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const done = value.map((item) => redactIn(item, parentKey, depth + 1));
    return done.some((item, i) => item !== value[i]) ? done : value;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const personal = PERSONAL_KEYS.has(key) || (key === "code" && CODE_PARENTS.has(parentKey));
    const done = personal && item != null ? REDACTED : redactIn(item, key, depth + 1);
    if (done === item) continue;
    copy ??= { ...value };
    copy[key] = done;
  }
  return copy ?? value;
}

/**
 * A Vietnamese mobile number as people and programs write it: +84 912 345 678, 0912345678, 0912.345.678,
 * and %2B84… inside a URL. Only `+84`, never a bare `84`, so a plain JSON number can never match.
 * Not inside a longer word or number (an id, a UUID, a timestamp), except right after a %XX escape
 * (`%220912345678%22`, a phone in a logged URL's JSON). Also the bare 84… of a phone account's placeholder
 * e-mail (`84912345678@phone.chophien.vn`, packages/auth).
 */
const VN_PHONE =
  /(?<!(?<!%[0-9A-Fa-f])[0-9A-Za-z])(?:(?:(?:\+|%2[Bb])84[ .-]?|0)[35789](?:[ .-]?\d){8}(?![0-9A-Za-z])|84[35789]\d{8}(?=@))/g;

/**
 * Replaces every phone number in a finished log line (message, error stacks, fields under any key), so a
 * stray `log.info(\`… ${phone}\`)` cannot leak one. Keeps the JSON valid: a match is always inside a string.
 */
export function scrubPhoneNumbers(line: string): string {
  return line.replace(VN_PHONE, "[phone]");
}
