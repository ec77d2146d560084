/**
 * Dates and times as people in Vietnam read them, in Vietnam's time zone whatever the server's. Built from
 * en-GB parts rather than vi-VN's own pattern: some ICU builds put a dash in vi-VN dates.
 */
const parts = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hourCycle: "h23",
  timeZone: "Asia/Ho_Chi_Minh",
});

function vn(d: Date) {
  return Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]));
}

/** "14:05 29/11/2026". */
export function formatDateTimeVn(d: Date): string {
  const p = vn(d);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** "14:05 29/11": a deadline within the next days. */
export function formatShortDateTimeVn(d: Date): string {
  const p = vn(d);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}`;
}

/** "29/11/2026". */
export function formatDateVn(d: Date): string {
  const p = vn(d);
  return `${p.day}/${p.month}/${p.year}`;
}
