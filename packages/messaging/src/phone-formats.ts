/** +84912345678 → 0912345678, the form eSMS's examples use. */
export function toLocalPhone(e164: string): string {
  return e164.replace(/^\+84/, "0").replace(/^\+/, "");
}

/** +84912345678 → 84912345678, the form Zalo ZNS asks for (country code, no plus). */
export function toZnsPhone(e164: string): string {
  return e164.replace(/^\+/, "");
}

/**
 * +84912345678 → "09•• ••• 678": enough for someone reading production logs to tell messages apart, not
 * enough to text the person.
 */
export function maskPhone(e164: string): string {
  const digits = toLocalPhone(e164).replace(/\D/g, "");
  if (digits.length < 7) return "••• •••";
  return `${digits.slice(0, 2)}•• ••• ${digits.slice(-3)}`;
}
