export interface WaitingAge {
  days: number;
  hours: number;
  minutes: number;
}

/** How long an item has waited, in whole days, hours and minutes (never negative: clocks drift). */
export function waitingAge(since: Date, now: Date = new Date()): WaitingAge {
  const minutesTotal = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  return {
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
  };
}
