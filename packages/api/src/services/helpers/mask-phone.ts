/** +84912345678 → "•••• ••• 678": the farmer recognises the helper without the list exposing the number. */
export function maskPhone(e164: string | null): string {
  if (!e164) return "";
  const digits = e164.replace(/^\+84/, "0").replace(/\D/g, "");
  if (digits.length < 4) return "•••";
  return `•••• ••• ${digits.slice(-3)}`;
}
