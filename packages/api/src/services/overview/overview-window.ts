import { OVERVIEW_DAYS } from "@cho-phien/validators/overview";
import { addVietnamDays, lastVietnamDays, vietnamDayStart } from "@cho-phien/validators/vietnam-day";

/** The days the overview covers: the last OVERVIEW_DAYS Vietnam calendar days, today included. */
export interface OverviewWindow {
  /** Oldest first, "YYYY-MM-DD"; the last one is today. */
  days: string[];
  today: string;
  /** 00:00 (Vietnam) of the first day. */
  from: Date;
  /** 00:00 (Vietnam) of tomorrow: orders are counted in [from, until). */
  until: Date;
}

export function overviewWindow(now: Date): OverviewWindow {
  const days = lastVietnamDays(now, OVERVIEW_DAYS);
  const today = days[days.length - 1]!;
  return {
    days,
    today,
    from: vietnamDayStart(days[0]!),
    until: vietnamDayStart(addVietnamDays(today, 1)),
  };
}
