import type { IsoDate } from '../working-days/iso-date';

// The national return is made by quarters of the financial year (April to March): "2026-Q1" is
// April to June 2026, "2026-Q4" January to March 2027. A family is counted in the quarter its
// sustained result was confirmed.
export interface FinancialQuarter {
  readonly quarter: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const QUARTER = /^([0-9]{4})-Q([1-4])$/;
const ENDS = ['06-30', '09-30', '12-31', '03-31'];
const STARTS = ['04-01', '07-01', '10-01', '01-01'];

export function financialQuarter(quarter: string): FinancialQuarter | null {
  const match = QUARTER.exec(quarter);
  if (!match) return null;
  const year = Number(match[1]);
  const n = Number(match[2]) - 1;
  const calendarYear = n === 3 ? year + 1 : year;
  return { quarter, from: `${calendarYear}-${STARTS[n]}`, to: `${calendarYear}-${ENDS[n]}` };
}

export function financialQuarterOf(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month <= 3) return `${year - 1}-Q4`;
  return `${year}-Q${Math.floor((month - 4) / 3) + 1}`;
}

// This quarter and the `count - 1` before it, newest first (the national return's choices).
export function recentFinancialQuarters(today: IsoDate, count: number): string[] {
  const [year, quarter] = financialQuarterOf(today).split('-Q').map(Number);
  const now = year * 4 + quarter - 1;
  return Array.from({ length: count }, (_, i) => `${Math.floor((now - i) / 4)}-Q${((now - i) % 4) + 1}`);
}
