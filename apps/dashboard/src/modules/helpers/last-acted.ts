import type { Locale } from "@cho-phien/ui/locale";
import { formatShortDateTimeVn } from "@cho-phien/validators/dates";
import { helpersMessages } from "./messages";

/**
 * When a helper last acted, as the farmer reads it: "vừa xong", "12 phút trước", "3 giờ trước" within a day,
 * otherwise the day and time in Vietnam ("29/11 14:05"); "chưa làm gì" when they never acted.
 */
export function lastActedLabel(at: Date | null, now: Date, locale: Locale): string {
  const t = helpersMessages(locale);
  if (!at) return t.actedNever;
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1 && minutes > -5) return t.actedJustNow;
  if (minutes >= 1 && minutes < 60) return t.actedMinutesAgo(minutes);
  if (minutes >= 60 && minutes < 24 * 60) return t.actedHoursAgo(Math.floor(minutes / 60));
  return dayThenTime(at);
}

/** "29/11 14:05" (Vietnam time; day first in English too, as farmers and their helpers read dates). */
export function dayThenTime(at: Date): string {
  const [time, day] = formatShortDateTimeVn(at).split(" ");
  return `${day} ${time}`;
}
