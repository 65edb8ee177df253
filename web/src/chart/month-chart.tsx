import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatPartialDate } from '../format.ts';
import { everyMonth, type MonthCount, monthSeconds } from './months.ts';

const HEIGHT = 180;

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Month labels under the bars: at most this many, evenly spaced, so they never overlap. */
const MAX_LABELS = 12;
const HALF_MONTH = 15 * 24 * 3600;

function monthLabel(seconds: number): string {
  const date = new Date(seconds * 1000);
  return `${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The chart draws on a canvas, which knows no CSS: it takes the page's colours (light or dark). */
interface Colours {
  ink: string;
  rule: string;
}

function chartOptions(width: number, label: string, xs: readonly number[], colours: Colours): uPlot.Options {
  const axis = { stroke: colours.ink, grid: { stroke: colours.rule }, ticks: { stroke: colours.rule } };
  const every = Math.ceil(xs.length / MAX_LABELS);
  const first = xs[0] ?? 0;
  const last = xs.at(-1) ?? 0;
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true, range: () => [first - HALF_MONTH, last + HALF_MONTH] },
      y: { range: (_u, _min, max) => [0, Math.max(1, max)] },
    },
    axes: [
      {
        ...axis,
        splits: () => xs.filter((_x, i) => i % every === 0),
        values: (_u, splits) => splits.map(monthLabel),
      },
      { ...axis, label, size: 50, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
    ],
    series: [
      {},
      {
        label,
        fill: 'rgba(31, 95, 153, 0.55)',
        stroke: 'rgb(31, 95, 153)',
        paths: uPlot.paths.bars?.({ size: [0.8, 40] }),
        points: { show: false },
      },
    ],
  };
}

/**
 * Statements a month, as a bar chart (uPlot, on a canvas), with the same figures as a table for
 * screen readers and for anyone who wants the numbers.
 */
export function MonthChart({ counts, label }: { counts: readonly MonthCount[]; label: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const months = useMemo(() => everyMonth(counts), [counts]);
  useEffect(() => {
    const element = holder.current;
    if (!element || months.length === 0) return;
    const xs = months.map((m) => monthSeconds(m.month));
    const data: uPlot.AlignedData = [xs, months.map((m) => m.statements)];
    const style = getComputedStyle(element);
    const colours = { ink: style.color, rule: style.getPropertyValue('--rule').trim() || 'rgba(0,0,0,0.1)' };
    const chart = new uPlot(
      chartOptions(Math.max(280, element.clientWidth), label, xs, colours),
      data,
      element,
    );
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(280, element.clientWidth), height: HEIGHT }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [months, label]);
  if (months.length === 0) return <p className="hint">No dated statements to chart.</p>;
  return (
    <figure className="month-chart">
      <div ref={holder} className="chart-canvas" aria-hidden="true" />
      <figcaption>
        <details>
          <summary>{label}, month by month</summary>
          <table className="chart-table">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Statements</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.month}>
                  <td>{formatPartialDate(c.month)}</td>
                  <td>{c.statements}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
