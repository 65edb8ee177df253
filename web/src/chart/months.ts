/** Counts by month, laid out for a chart: every month from the first to the last, empty ones as 0. */

export interface MonthCount {
  month: string;
  statements: number;
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months stretching past this many are a sign of a misdated source: the chart stays readable. */
const MAX_MONTHS = 600;

export function everyMonth(counts: readonly MonthCount[]): MonthCount[] {
  const first = counts[0];
  const last = counts.at(-1);
  if (!first || !last) return [];
  const start = monthIndex(first.month);
  const end = Math.min(monthIndex(last.month), start + MAX_MONTHS);
  const byMonth = new Map(counts.map((c) => [c.month, c.statements]));
  const all: MonthCount[] = [];
  for (let i = start; i <= end; i++)
    all.push({ month: monthOf(i), statements: byMonth.get(monthOf(i)) ?? 0 });
  return all;
}

/** The first of the month as Unix seconds (UTC), the x value the chart plots. */
export function monthSeconds(month: string): number {
  return Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) / 1000;
}
