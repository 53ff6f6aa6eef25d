import type { TrendDay } from '@/lib/dashboard/queries';
import { SITE_URLS } from '@/lib/sites/catalog';
import { listItems, localName } from '../i18n';
import { axisLabelAt, useFormat } from './format';
import { strings } from './strings';

export type Measure = 'time' | 'videos';

const WIDTH = 340;
const HEIGHT = 120;
const AXIS = 16;
const TOP = 12;

/**
 * Daily time or videos as bars stacked by site. The picture is one image with a summary for screen readers;
 * the exact figures are in a table under it, for everyone.
 */
export function TrendChart({ days, measure }: { days: TrendDay[]; measure: Measure }) {
  const format = useFormat();
  const value = (figures: { activeMs: number; videos: number }) =>
    measure === 'time' ? figures.activeMs : figures.videos;
  const show = (amount: number) =>
    measure === 'time' ? format.duration(amount) : strings.videos(amount, format.count(amount));
  // Bars stack each site's own time; two sites playing at once is counted once only in the "All feeds" total.
  const heights = days.map((day) => SITE_URLS.reduce((sum, site) => sum + value(day.sites[site.id]), 0));
  const top = Math.max(...heights, 0);
  const total = days.reduce((sum, day) => sum + value(day), 0);
  const peakIndex = heights.indexOf(top);
  const peakDay = days[peakIndex];
  const count = format.count(days.length);
  const label =
    top === 0 || !peakDay
      ? strings.chartEmpty(measure, count)
      : strings.chartLabel(measure, count, show(total), format.day(peakDay.date), show(value(peakDay)));
  const shown = SITE_URLS.map((site, index) => ({ site, index })).filter(({ site }) =>
    days.some((day) => value(day.sites[site.id]) > 0),
  );
  const slot = WIDTH / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.7);
  const scale = top === 0 ? 0 : (HEIGHT - AXIS - TOP) / top;
  const labelEvery = days.length <= 7 ? 1 : 7;

  return (
    <figure class="mf-chart">
      <svg class="mf-chart-svg" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        {top > 0 && (
          <text class="mf-axis" x={0} y={TOP - 2}>
            {show(top)}
          </text>
        )}
        <line class="mf-axis-line" x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} />
        {days.map((day, dayIndex) => {
          let y = HEIGHT - AXIS;
          const x = dayIndex * slot + (slot - barWidth) / 2;
          const label = axisLabelAt(x + barWidth / 2, WIDTH);
          return (
            <g key={day.date}>
              {SITE_URLS.map((site, siteIndex) => {
                const height = value(day.sites[site.id]) * scale;
                if (height <= 0) return null;
                y -= height;
                return (
                  <rect key={site.id} class={`mf-site-${siteIndex}`} x={x} y={y} width={barWidth} height={height} />
                );
              })}
              {(days.length - 1 - dayIndex) % labelEvery === 0 && (
                <text class="mf-axis" x={label.x} y={HEIGHT - 3} text-anchor={label.anchor}>
                  {days.length <= 7 ? format.weekday(day.date) : format.dayMonth(day.date)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {shown.length > 0 && (
        <ul class="mf-legend" aria-label={strings.legend}>
          {shown.map(({ site, index }) => (
            <li key={site.id}>
              <span class={`mf-swatch mf-site-${index}`} aria-hidden="true" />
              {localName(site.name)}
            </li>
          ))}
        </ul>
      )}
      <details class="mf-table">
        <summary>{strings.showTable}</summary>
        <table>
          <caption class="mf-visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.columnDay}</th>
              <th scope="col">{strings.columnAll}</th>
              <th scope="col">{strings.columnSites}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => {
              const bySite = listItems(
                SITE_URLS.filter((site) => value(day.sites[site.id]) > 0).map((site) =>
                  strings.siteFigure(site.name, show(value(day.sites[site.id]))),
                ),
              );
              return (
                <tr key={day.date}>
                  <th scope="row">{format.day(day.date)}</th>
                  <td>{show(value(day))}</td>
                  <td>{bySite || strings.none}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
