const date = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
});

/** 29/11/2026, in Vietnam's time zone whatever the server's. */
export function formatDate(d: Date): string {
  return date.format(d);
}
