// Simple inline SVG charts. Each is hidden from assistive technology: the table beside it holds
// the same numbers and is the accessible version. Each mark has a <title> for pointer users.

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 10, right: 10, bottom: 40, left: 40 };
// GOV.UK colour palette, distinguishable in order.
const COLOURS = ['#1d70b8', '#f47738', '#00703c', '#912b88', '#505a5f'];

export interface Series {
  readonly label: string;
  /** One value per category; null is a gap (nothing to measure). */
  readonly values: readonly (number | null)[];
}

interface ChartProps {
  readonly categories: readonly string[];
  readonly series: readonly Series[];
  /** Values are percentages: the scale runs to 100. */
  readonly percent?: boolean;
}

function scale(series: readonly Series[], categories: number, stacked: boolean, percent: boolean): number {
  if (percent) return 100;
  const totals = Array.from({ length: categories }, (_, i) =>
    stacked ? series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0) : Math.max(0, ...series.map((s) => s.values[i] ?? 0)),
  );
  return Math.max(1, ...totals);
}

function Axes({ max, categories, percent }: { readonly max: number; readonly categories: readonly string[]; readonly percent: boolean }) {
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = (WIDTH - PAD.left - PAD.right) / Math.max(categories.length, 1);
  const every = Math.ceil(categories.length / 12);
  return (
    <g className="app-chart__axes">
      <line x1={PAD.left} y1={PAD.top + plotHeight} x2={WIDTH - PAD.right} y2={PAD.top + plotHeight} stroke="#0b0c0c" />
      <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" fontSize="11">
        {percent ? '100%' : max}
      </text>
      <text x={PAD.left - 4} y={PAD.top + plotHeight} textAnchor="end" fontSize="11">
        0
      </text>
      {categories.map((c, i) =>
        i % every === 0 ? (
          <text key={c} x={PAD.left + step * (i + 0.5)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fontSize="11">
            {c}
          </text>
        ) : null,
      )}
    </g>
  );
}

function Legend({ series }: { readonly series: readonly Series[] }) {
  if (series.length < 2) return null;
  return (
    <g>
      {series.map((s, i) => (
        <g key={s.label} transform={`translate(${PAD.left + i * 120}, ${HEIGHT - 12})`}>
          <rect width="10" height="10" y="-9" fill={COLOURS[i % COLOURS.length]} />
          <text x="14" fontSize="11">
            {s.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Bars per category; several series are stacked. */
export function BarChart({ categories, series, percent = false }: ChartProps) {
  const max = scale(series, categories.length, true, percent);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = (WIDTH - PAD.left - PAD.right) / Math.max(categories.length, 1);
  const barWidth = Math.max(2, step * 0.7);
  return (
    <svg className="app-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <Axes max={max} categories={categories} percent={percent} />
      {categories.map((category, i) => {
        let base = PAD.top + plotHeight;
        return (
          <g key={category}>
            {series.map((s, k) => {
              const value = s.values[i] ?? 0;
              const height = (value / max) * plotHeight;
              base -= height;
              return (
                <rect
                  key={s.label}
                  x={PAD.left + step * i + (step - barWidth) / 2}
                  y={base}
                  width={barWidth}
                  height={height}
                  fill={COLOURS[k % COLOURS.length]}
                >
                  <title>{`${category}: ${s.label} ${value}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
      <Legend series={series} />
    </svg>
  );
}

/** A line per series; a null value breaks the line. */
export function LineChart({ categories, series, percent = false }: ChartProps) {
  const max = scale(series, categories.length, false, percent);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = (WIDTH - PAD.left - PAD.right) / Math.max(categories.length, 1);
  const point = (i: number, v: number) => `${PAD.left + step * (i + 0.5)},${PAD.top + plotHeight - (v / max) * plotHeight}`;
  return (
    <svg className="app-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <Axes max={max} categories={categories} percent={percent} />
      {series.map((s, k) => {
        const runs: string[][] = [[]];
        s.values.forEach((v, i) => (v === null ? runs.push([]) : runs[runs.length - 1].push(point(i, v))));
        const colour = COLOURS[k % COLOURS.length];
        return (
          <g key={s.label}>
            {runs
              .filter((r) => r.length > 0)
              .map((r) => (
                <polyline key={r[0]} points={r.join(' ')} fill="none" stroke={colour} strokeWidth="2" />
              ))}
            {s.values.map((v, i) =>
              v === null ? null : (
                <circle
                  key={categories[i]}
                  cx={PAD.left + step * (i + 0.5)}
                  cy={PAD.top + plotHeight - (v / max) * plotHeight}
                  r="3"
                  fill={colour}
                >
                  <title>{`${categories[i]}: ${s.label} ${v}${percent ? '%' : ''}`}</title>
                </circle>
              ),
            )}
          </g>
        );
      })}
      <Legend series={series} />
    </svg>
  );
}
