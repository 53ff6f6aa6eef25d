import { i18n } from '#i18n';

export interface Bar {
  label: string;
  value: number;
  /** The value as the page writes it. */
  shown: string;
}

/**
 * Horizontal bars, each with its name and figure written beside it, so the chart reads without colour; for a
 * screen reader, one summary, and the same figures in a table under it.
 */
export function BarChart({ bars, summary, columns }: { bars: Bar[]; summary: string; columns: [string, string] }) {
  const top = Math.max(0, ...bars.map((bar) => bar.value));
  return (
    <figure class="mf-chart mf-barchart">
      <div role="img" aria-label={summary}>
        {bars.map((bar) => (
          <div key={bar.label} class="mf-barrow" aria-hidden="true">
            <span class="mf-barlabel">{bar.label}</span>
            <span class="mf-bartrack">
              <span class="mf-barfill" style={{ width: `${top === 0 ? 0 : (bar.value / top) * 100}%` }} />
            </span>
            <span class="mf-barvalue">{bar.shown}</span>
          </div>
        ))}
      </div>
      <details class="mf-table">
        <summary>{i18n.t('popup.showTable')}</summary>
        <table>
          <caption class="mf-visually-hidden">{summary}</caption>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
