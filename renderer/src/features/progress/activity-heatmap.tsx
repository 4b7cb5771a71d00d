/** A year of study as a calendar heatmap: one square per day, darker for more time studied. */
import { useMemo } from 'react';
import { formatDuration, heatmapWeeks, totals, type Activity, type HeatCell } from './activity-math';

const CELL = 11;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 30;
const TOP = 18;
const DAY_LABELS: readonly [number, string][] = [
  [0, 'Mon'],
  [2, 'Wed'],
  [4, 'Fri'],
];

function describe(cell: HeatCell): string {
  const date = cell.date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  if (cell.seconds === 0 && cell.completed === 0) return `${date}: no study`;
  const parts = [];
  if (cell.seconds >= 60) parts.push(`${formatDuration(cell.seconds)} studied`);
  if (cell.completed > 0) parts.push(`${cell.completed} finished or reviewed`);
  return `${date}: ${parts.join(', ') || 'under a minute'}`;
}

export function ActivityHeatmap({ activity, today }: { readonly activity: Activity; readonly today: Date }) {
  const weeks = useMemo(() => heatmapWeeks(activity, today), [activity, today]);
  const sum = totals(weeks);
  const width = LEFT + weeks.length * STEP;
  const height = TOP + 7 * STEP;

  // A month label over the first week that starts in that month.
  const months: { x: number; label: string }[] = [];
  let lastMonth = -1;
  weeks.forEach((column, index) => {
    const month = column[0]!.date.getMonth();
    if (month !== lastMonth) {
      if (index > 0 || column[0]!.date.getDate() <= 7) {
        months.push({ x: LEFT + index * STEP, label: column[0]!.date.toLocaleDateString(undefined, { month: 'short' }) });
      }
      lastMonth = month;
    }
  });
  // Drop a label that would collide with the next one.
  const spaced = months.filter((m, i) => i === months.length - 1 || months[i + 1]!.x - m.x >= STEP * 3);

  return (
    <figure className="heatmap" data-testid="heatmap">
      <figcaption className="heatmap__summary" data-testid="heatmap-summary">
        <strong>{sum.activeDays}</strong> active {sum.activeDays === 1 ? 'day' : 'days'} in the last year · <strong>{formatDuration(sum.seconds)}</strong> studied ·{' '}
        <strong>{sum.completed}</strong> finished or reviewed
      </figcaption>
      <div className="heatmap__scroll">
        <svg className="heatmap__svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Study activity over the last year: ${sum.activeDays} active days`}>
          {spaced.map((m) => (
            <text key={`${m.x}-${m.label}`} className="heatmap__label" x={m.x} y={11}>
              {m.label}
            </text>
          ))}
          {DAY_LABELS.map(([row, label]) => (
            <text key={label} className="heatmap__label" x={0} y={TOP + row * STEP + CELL - 1.5}>
              {label}
            </text>
          ))}
          {weeks.map((column, w) =>
            column.map((cell, d) =>
              cell.future ? null : (
                <rect
                  key={cell.key}
                  className={`heat heat--${cell.level}`}
                  x={LEFT + w * STEP}
                  y={TOP + d * STEP}
                  width={CELL}
                  height={CELL}
                  rx={2.5}
                  data-date={cell.key}
                  data-level={cell.level}
                >
                  <title>{describe(cell)}</title>
                </rect>
              ),
            ),
          )}
        </svg>
      </div>
      <div className="heatmap__legend" aria-hidden="true">
        <span>Less</span>
        {[0, 1, 2, 3, 4].map((level) => (
          <svg key={level} width={CELL} height={CELL} viewBox={`0 0 ${CELL} ${CELL}`}>
            <rect className={`heat heat--${level}`} width={CELL} height={CELL} rx={2.5} />
          </svg>
        ))}
        <span>More</span>
      </div>
    </figure>
  );
}
