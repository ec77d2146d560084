import { randomInt } from "node:crypto";

/**
 * Uppercase letters and digits without the ones people confuse when typing a code off a package or reading
 * it aloud (0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V): 23 characters.
 */
export const OCOP_PUBLIC_CODE_ALPHABET = "34679ACDEFGHJKMNPQRTWXY";
export const OCOP_PUBLIC_CODE_LENGTH = 10;

/**
 * The code of a verified certificate's public page (/ocop/<code>) and of the QR printed on packaging: short,
 * URL-safe, uppercase, drawn with a CSPRNG so codes cannot be guessed or enumerated (23^10 ≈ 4·10^13).
 * OcopCertificate.publicCode is unique, so a collision fails the write instead of two certificates sharing
 * a page.
 */
export function newOcopPublicCode(): string {
  let code = "";
  for (let i = 0; i < OCOP_PUBLIC_CODE_LENGTH; i++) {
    code += OCOP_PUBLIC_CODE_ALPHABET[randomInt(OCOP_PUBLIC_CODE_ALPHABET.length)];
  }
  return code;
}
