/**
 * Calendar days as farmers count them: in Vietnam's time zone, whatever the server's. A day is written
 * "YYYY-MM-DD" (it sorts and compares as text). Vietnam has kept UTC+07:00 all year since 1975 (no daylight
 * saving), so a day's start is that date at 00:00 +07:00; SQL buckets use the zone's name
 * (`AT TIME ZONE 'Asia/Ho_Chi_Minh'`) and agree with these helpers.
 */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const parts = new Intl.DateTimeFormat("en-GB", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: VIETNAM_TIME_ZONE,
});

/** The Vietnam calendar day of an instant: "2026-12-01". */
export function vietnamDay(d: Date): string {
  const p = Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** Whether `s` is a real calendar day written "YYYY-MM-DD" (no 2026-02-30). */
export function isVietnamDay(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** 00:00 of that day in Vietnam, as an instant. */
export function vietnamDayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000+07:00`);
}

/** The last millisecond of that day in Vietnam. */
export function vietnamDayEnd(day: string): Date {
  return new Date(vietnamDayStart(day).getTime() + DAY_MS - 1);
}

/** The day `n` days after (or before, n < 0) `day`. */
export function addVietnamDays(day: string, n: number): string {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() + n * DAY_MS).toISOString().slice(0, 10);
}

/** The `n` days ending with the day of `now`, oldest first. */
export function lastVietnamDays(now: Date, n: number): string[] {
  const today = vietnamDay(now);
  return Array.from({ length: n }, (_, i) => addVietnamDays(today, i - (n - 1)));
}

/** "01/12": a day on a chart axis. */
export function formatVietnamDayShort(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}`;
}
