// The impact figures' period (months, YYYY-MM) as the first and last calendar dates it covers.
export function periodDates(figures: { readonly from: string; readonly to: string }): { from: string; to: string } {
  const [y, m] = figures.to.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${figures.from}-01`, to: `${figures.to}-${String(last).padStart(2, '0')}` };
}
