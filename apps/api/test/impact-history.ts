import { addCalendarDays, addMonths } from '@eh/domain';

// Helpers for the impact specs that build years of synthetic history.

// A small deterministic generator, so the built cases are the same on every run.
export function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export const lastDayOf = (month: string) => addCalendarDays(addMonths(`${month}-01`, 1), -1);

// The months from `from` to `to` (YYYY-MM), both included.
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(`${m}-01`, 1).slice(0, 7)) months.push(m);
  return months;
}
