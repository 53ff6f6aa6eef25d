import { strings } from '@/components/popup/strings';
import type { HealthIssue } from '@/lib/dashboard/queries';

/** One plain sentence for each site feature that is not working as it should. */
export function SiteHealthList({ issues }: { issues: HealthIssue[] }) {
  return (
    <ul class="mf-health">
      {issues.map((issue) => (
        <li key={`${issue.site}:${issue.capability}`}>{strings.healthIssue(issue.name, issue.capability)}</li>
      ))}
    </ul>
  );
}
