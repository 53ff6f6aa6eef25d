import type { SiteHealthRow } from '@/lib/db/database';
import { SITES } from '@/lib/sites/registry';

function statusText(rows: SiteHealthRow[]): string {
  if (rows.length === 0) return 'Not visited yet';
  const degraded = rows.find((row) => row.status === 'degraded');
  return degraded ? `Needs attention: ${degraded.detail}` : 'Working';
}

/** One line per supported site saying, in plain words, whether our script works there. */
export function SiteHealthList({ rows }: { rows: SiteHealthRow[] }) {
  return (
    <ul class="site-health">
      {SITES.map((site) => (
        <li key={site.id}>
          <span class="site-name">{site.name}</span>: {statusText(rows.filter((row) => row.site === site.id))}
        </li>
      ))}
    </ul>
  );
}
