/**
 * The business day: a shop open past midnight closes its day at a later hour (settings `businessDayStartHour`), so
 * a sale at 01:30 still belongs to the evening before. On the till's own clock and time zone.
 */
export const DAY_MS = 86_400_000;

/** When the business day holding `now` began (epoch ms): the last `startHour`:00 local time at or before `now`. */
export function businessDayStart(now: number, startHour: number): number {
  const start = new Date(now);
  start.setHours(startHour, 0, 0, 0);
  if (start.getTime() > now) start.setDate(start.getDate() - 1);
  return start.getTime();
}
