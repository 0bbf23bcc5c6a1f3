import { bucketLabels, type Durations, type Suppressed } from '../../analytics/aggregate.models.js';
import { busiestHour, type Heatmap, heatmapDays } from '../../analytics/heatmap.models.js';
import type { TrendPoint, TrendUnit } from '../../analytics/trend.models.js';
import { duration, hiddenText, hiddenWord, shown, TOO_FEW, WITHHELD_WHY } from './analytics-format.js';

/**
 * Charts drawn on the server as SVG: no script, no chart library, nothing the CSP would have to
 * allow. Colours come from the console's stylesheet (classes, not style attributes). Each chart
 * has a title and a one-line summary for screen readers, and its numbers in a table below.
 */

const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** First-reply times by bucket, elapsed beside business time. */
export function HistogramChart(props: { d: Durations; id: string }) {
  const elapsed = shown(props.d.elapsed);
  const business = shown(props.d.business);
  if (!elapsed || !business) {
    const hidden = (business ? props.d.elapsed : props.d.business) as Suppressed;
    return (
      <p class="suppressed">
        {hidden.suppressed === 'withheld'
          ? `${hiddenText(hidden)}.`
          : `${TOO_FEW}: fewer than 10 first replies in the period (n = ${hidden.n}).`}
      </p>
    );
  }
  const max = Math.max(1, ...bucketLabels.flatMap((b) => [elapsed.histogram[b], business.histogram[b]]));
  const W = 600;
  const H = 220;
  const top = 16;
  const base = 190;
  const slot = (W - 40) / bucketLabels.length;
  const bar = slot / 3;
  const y = (n: number) => base - ((base - top) * n) / max;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${props.id}-t ${props.id}-d`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${props.id}-t`}>First replies by how long they took</title>
        <desc id={`${props.id}-d`}>
          {bucketLabels
            .map((b) => `${b}: ${business.histogram[b]} in business time, ${elapsed.histogram[b]} elapsed`)
            .join('; ')}
        </desc>
        <line x1="30" x2={W - 10} y1={base} y2={base} class="axis" />
        {bucketLabels.map((b, i) => {
          const x = 30 + i * slot + slot / 6;
          return (
            <g>
              <rect
                x={x}
                y={y(elapsed.histogram[b])}
                width={bar}
                height={base - y(elapsed.histogram[b])}
                class="s1"
              >
                <title>{`${b}: ${elapsed.histogram[b]} (elapsed)`}</title>
              </rect>
              <rect
                x={x + bar}
                y={y(business.histogram[b])}
                width={bar}
                height={base - y(business.histogram[b])}
                class="s2"
              >
                <title>{`${b}: ${business.histogram[b]} (business time)`}</title>
              </rect>
              <text x={x + bar} y={base + 20} text-anchor="middle">
                {b}
              </text>
              <text x={x + bar / 2} y={y(elapsed.histogram[b]) - 4} text-anchor="middle" class="val">
                {elapsed.histogram[b]}
              </text>
              <text x={x + 1.5 * bar} y={y(business.histogram[b]) - 4} text-anchor="middle" class="val">
                {business.histogram[b]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="key s1" aria-hidden="true" /> elapsed <span class="key s2" aria-hidden="true" /> business
        time
      </figcaption>
      <table class="compact">
        <caption>First replies per bucket</caption>
        <thead>
          <tr>
            <th scope="col">Took</th>
            <th scope="col" class="num">
              Elapsed
            </th>
            <th scope="col" class="num">
              Business time
            </th>
          </tr>
        </thead>
        <tbody>
          {bucketLabels.map((b) => (
            <tr>
              <th scope="row">{b}</th>
              <td class="num">{elapsed.histogram[b]}</td>
              <td class="num">{business.histogram[b]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Customer mail by weekday and hour in the mailbox's time zone; darker is busier. */
export function HeatmapChart(props: { map: Heatmap; timeZone: string }) {
  const { map } = props;
  const cell = 22;
  const left = 36;
  const top = 18;
  const W = left + 24 * cell + 4;
  const H = top + 7 * cell + 4;
  const level = (n: number) => (n === 0 ? 0 : Math.min(5, Math.ceil((n / Math.max(1, map.max)) * 5)));
  const peak = busiestHour(map);
  const summary =
    map.total === 0
      ? 'No customer mail arrived in the period.'
      : `${map.total} customer messages; the busiest hour was ${peak?.day} ${hourLabel(peak?.hour ?? 0)} with ${peak?.count}.`;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="heat-t heat-d">
        <title id="heat-t">{`Arrivals by weekday and hour (${props.timeZone})`}</title>
        <desc id="heat-d">{summary}</desc>
        {[0, 3, 6, 9, 12, 15, 18, 21].map((h) => (
          <text x={left + h * cell + cell / 2} y={12} text-anchor="middle">
            {String(h).padStart(2, '0')}
          </text>
        ))}
        {map.cells.map((row, d) => (
          <g>
            <text x={0} y={top + d * cell + cell * 0.7}>
              {heatmapDays[d]}
            </text>
            {row.map((n, h) => (
              <rect
                x={left + h * cell}
                y={top + d * cell}
                width={cell - 2}
                height={cell - 2}
                rx="3"
                class={`heat h${level(n)}`}
              >
                <title>{`${heatmapDays[d]} ${hourLabel(h)}–${hourLabel((h + 1) % 24)}: ${n}`}</title>
              </rect>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>{summary}</figcaption>
      <details>
        <summary>Arrivals as a table</summary>
        <div class="hscroll">
          <table class="compact heat-table">
            <caption>{`Customer messages per weekday and hour (${props.timeZone})`}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {map.cells[0]!.map((_, h) => (
                  <th scope="col" class="num">
                    {String(h).padStart(2, '0')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.cells.map((row, d) => (
                <tr>
                  <th scope="row">{heatmapDays[d]}</th>
                  {row.map((n) => (
                    <td class="num">{n}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Median first reply (business time) per day or week; a bucket with too few is marked, not zero. */
export function TrendChart(props: { points: TrendPoint[]; unit: TrendUnit }) {
  // Wider than the other charts: it spans the page, and its labels should read the same size.
  const W = 1000;
  const H = 220;
  const top = 16;
  const base = 180;
  const left = 40;
  const slot = (W - left - 10) / Math.max(1, props.points.length);
  const values = props.points.map((p) => shown(p.firstReply.business)?.medianSeconds ?? null);
  const max = Math.max(3600, ...values.map((v) => v ?? 0));
  const y = (s: number) => base - ((base - top) * s) / max;
  const every = Math.ceil(props.points.length / 8);
  const what = props.unit === 'day' ? 'day' : 'week (from Monday)';
  const known = props.points.filter((_, i) => values[i] !== null).length;
  const withheld = props.points.some(
    (p) => (p.firstReply.business as Partial<Suppressed>).suppressed === 'withheld',
  );
  const summary = `Median first reply in business time per ${what}: ${known} of ${props.points.length} with enough segments to show.`;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="trend-t trend-d">
        <title id="trend-t">{`Median first reply per ${what}`}</title>
        <desc id="trend-d">{summary}</desc>
        <line x1={left} x2={W - 10} y1={base} y2={base} class="axis" />
        <text x={0} y={top + 4}>
          {duration(max)}
        </text>
        <text x={0} y={base}>
          0
        </text>
        {props.points.map((p, i) => {
          const v = values[i] ?? null;
          const x = left + i * slot + slot * 0.15;
          const w = Math.max(2, slot * 0.7);
          return (
            <g>
              {p.segments === 0 ? null : v === null ? (
                <rect x={x} y={base - 10} width={w} height={10} class="few">
                  <title>{`${p.start}: ${hiddenWord(p.firstReply.business as Suppressed)} (${p.segments} segments)`}</title>
                </rect>
              ) : (
                <rect x={x} y={y(v)} width={w} height={base - y(v)} class="s2">
                  <title>{`${p.start}: median ${duration(v)}`}</title>
                </rect>
              )}
              {i % every === 0 && (
                <text x={x + w / 2} y={base + 18} text-anchor="middle">
                  {p.start.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {summary} <span class="key few" aria-hidden="true" /> = {TOO_FEW}
        {withheld && `, or withheld: ${WITHHELD_WHY}`}.
      </figcaption>
    </figure>
  );
}
