import { axisLabelAt, useFormat } from './format';
import { strings } from './strings';

const WIDTH = 340;
const HEIGHT = 90;
const AXIS = 16;

/** When in the day the watching happens: 24 bars, one per local hour, with the figures in a table. */
export function HourPattern({ hours }: { hours: number[] }) {
  const format = useFormat();
  const top = Math.max(...hours, 0);
  const peak = hours.indexOf(top);
  const label =
    top === 0
      ? strings.hoursEmpty
      : strings.hoursLabel(format.hour(peak), format.hour((peak + 1) % 24), format.duration(top));
  const slot = WIDTH / 24;
  const barWidth = slot * 0.7;
  const scale = top === 0 ? 0 : (HEIGHT - AXIS - 4) / top;
  return (
    <figure class="mf-chart">
      <svg class="mf-chart-svg" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        <line class="mf-axis-line" x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} />
        {hours.map((ms, hour) => {
          const x = hour * slot + (slot - barWidth) / 2;
          const height = ms * scale;
          const label = axisLabelAt(x + barWidth / 2, WIDTH);
          return (
            <g key={hour}>
              {height > 0 && <rect class="mf-bar" x={x} y={HEIGHT - AXIS - height} width={barWidth} height={height} />}
              {hour % 6 === 0 && (
                <text class="mf-axis" x={label.x} y={HEIGHT - 3} text-anchor={label.anchor}>
                  {format.hour(hour)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details class="mf-table">
        <summary>{strings.showTable}</summary>
        <table>
          <caption class="mf-visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.columnHour}</th>
              <th scope="col">{strings.columnTime}</th>
            </tr>
          </thead>
          <tbody>
            {hours.map((ms, hour) => (
              <tr key={hour}>
                <th scope="row">{format.hour(hour)}</th>
                <td>{format.duration(ms)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
