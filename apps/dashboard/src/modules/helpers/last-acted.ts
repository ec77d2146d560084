import { formatShortDateTimeVn } from "@cho-phien/validators/dates";

/**
 * When a helper last acted, as the farmer reads it: "vừa xong", "12 phút trước", "3 giờ trước" within a day,
 * otherwise the day and time in Vietnam ("29/11 14:05"); "chưa làm gì" when they never acted.
 */
export function lastActedLabel(at: Date | null, now: Date = new Date()): string {
  if (!at) return "chưa làm gì";
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1 && minutes > -5) return "vừa xong";
  if (minutes >= 1 && minutes < 60) return `${minutes} phút trước`;
  if (minutes >= 60 && minutes < 24 * 60) return `${Math.floor(minutes / 60)} giờ trước`;
  return dayThenTime(at);
}

/** "29/11 14:05" (Vietnam time). */
export function dayThenTime(at: Date): string {
  const [time, day] = formatShortDateTimeVn(at).split(" ");
  return `${day} ${time}`;
}
