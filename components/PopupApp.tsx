import { useEffect, useState } from 'preact/hooks';
import type { SiteHealthRow } from '@/lib/db/database';
import { SiteHealthList } from './SiteHealthList';

export function PopupApp({ loadHealth }: { loadHealth: () => Promise<SiteHealthRow[]> }) {
  const [health, setHealth] = useState<SiteHealthRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadHealth().then(setHealth, (reason: unknown) => setError(String(reason)));
  }, [loadHealth]);
  return (
    <main>
      <h1>Mindful Feed</h1>
      {error && <p role="alert">Could not read your data: {error}</p>}
      {health ? <SiteHealthList rows={health} /> : !error && <p>Loading…</p>}
    </main>
  );
}
