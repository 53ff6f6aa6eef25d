import type { HealthIssue } from '@/lib/dashboard/queries';
import { SiteHealthList } from '../SiteHealthList';
import { strings } from './strings';

/** Shown only when an adapter reported itself degraded: the figures for that site may be rougher than usual. */
export function HealthNotice({ issues }: { issues: HealthIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <section class="mf-section mf-notice" aria-labelledby="mf-health">
      <h2 id="mf-health">{strings.health}</h2>
      <SiteHealthList issues={issues} />
    </section>
  );
}
