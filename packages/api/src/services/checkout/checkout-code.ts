import { randomInt } from "node:crypto";

// No 0/O or 1/I: people read these codes aloud to couriers and type them into a bank transfer note.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** "CP" + yymmdd (Vietnam time) + 6 random characters, e.g. CP251129K7M2QX. ~10⁹ codes per day. */
export function newCheckoutCode(now: Date = new Date()): string {
  const vn = new Date(now.getTime() + 7 * 3600_000);
  const date = vn.toISOString().slice(2, 10).replaceAll("-", "");
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `CP${date}${suffix}`;
}

/** Each farm's order is numbered within its checkout: CP251129K7M2QX-1, -2, ... */
export function orderCode(checkoutCode: string, index: number): string {
  return `${checkoutCode}-${index + 1}`;
}
