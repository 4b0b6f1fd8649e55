// Calendar days: day numbers, the finest partial date covering a run of days, and ISO days. The arithmetic
// under date phrases (date-phrases.ts), the article's anchor (date-anchor.ts) and the date step (date.ts).

import type { PartialDate } from '../../record/record.ts';

/** A calendar day; `n` counts days from 1970-01-01. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;
export const dayNumber = (day: Day): number => Math.round(Date.UTC(day.y, day.m - 1, day.d) / DAY_MS);
export function fromNumber(n: number): Day {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
export const weekdayOf = (day: Day): number => new Date(dayNumber(day) * DAY_MS).getUTCDay();
export const pad = (n: number) => String(n).padStart(2, '0');
export const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The finest partial date covering the days [from, to]: the day, the month, the year, or null across years. */
export function covering(from: Day, to: Day): PartialDate | null {
  if (from.y !== to.y) return null;
  if (from.m !== to.m) return String(from.y);
  if (from.d !== to.d) return `${from.y}-${pad(from.m)}`;
  return `${from.y}-${pad(from.m)}-${pad(from.d)}`;
}

export const iso = (day: Day) => `${day.y}-${pad(day.m)}-${pad(day.d)}`;
