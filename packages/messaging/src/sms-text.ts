/**
 * Vietnamese text as brandname SMS usually carries it: without diacritics ("Chợ Phiên" → "Cho Phien"), "₫" as
 * "VND". Unaccented SMS fits 160 characters a segment instead of 70 and is what carriers' registered
 * customer-care templates are normally written in. Anything still outside ASCII is left as it is; the eSMS
 * client then sends the message as Unicode rather than mangle it.
 */
export function toSmsText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/\s?₫/g, " VND")
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\u00a0\u202f]/g, " ")
    .normalize("NFC");
}

/** Whether eSMS must be told the content is Unicode (IsUnicode=1). */
export function needsUnicode(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the printable ASCII range is the point
  return /[^\x00-\x7f]/.test(text);
}
