import { SITES } from '@/lib/sites/registry';

export function OptionsApp() {
  return (
    <main>
      <h1>Mindful Feed settings</h1>
      <p>Mindful Feed works on these feeds:</p>
      <ul>
        {SITES.map((site) => (
          <li key={site.id}>{site.name}</li>
        ))}
      </ul>
    </main>
  );
}
