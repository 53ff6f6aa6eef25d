import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Dashboard } from '@/lib/dashboard/queries';
import { isPaused, type PauseState, pauseTracking, readPause, resumeTracking } from '@/lib/settings/pause';
import { currentTimeZone } from '@/lib/tracking/local-time';
import type { WorthSource } from '@/lib/worth/answers';
import { uiLocale, useDocumentLanguage } from './i18n';
import { Effect } from './popup/Effect';
import { createFormat, FormatProvider } from './popup/format';
import { HealthNotice } from './popup/HealthNotice';
import { QuickActions } from './popup/QuickActions';
import { strings } from './popup/strings';
import { Today } from './popup/Today';
import { Trends } from './popup/Trends';
import { WorthQuestion } from './worth/WorthQuestion';

/** What the popup's buttons do; the real ones by default, so tests exercise real (fake-browser) storage. */
export interface PopupActions {
  readPause(): Promise<PauseState>;
  pause(now: number): Promise<PauseState>;
  resume(now: number): Promise<PauseState>;
  openOptions(): Promise<void>;
}

export const browserActions: PopupActions = {
  readPause,
  pause: (now) => pauseTracking(now),
  resume: resumeTracking,
  openOptions: () => browser.runtime.openOptionsPage(),
};

export interface PopupAppProps {
  /** Reads the figures (IndexedDB in the extension; anything in tests). */
  load: () => Promise<Dashboard>;
  /** The figures, when they were read before the first render: it shows them, with no "Loading…" before. */
  figures?: Dashboard;
  actions?: PopupActions;
  now?: () => number;
  /** Figures are formatted in it; the UI language (`browser.i18n.getUILanguage()`) by default. */
  locale?: string;
  timeZone?: string;
  /** "Was that worth it?" (the extension's database); none in tests that do not give one. */
  worth?: WorthSource;
}

/** Marks when the popup showed what it is for (read by `npm run bench` and the end-to-end tests). */
function markOnce(name: string) {
  if (typeof performance?.mark === 'function' && performance.getEntriesByName(name).length === 0)
    performance.mark(name);
}

function message(reason: unknown): string {
  return reason instanceof Error || reason instanceof DOMException ? reason.message : String(reason);
}

export function PopupApp({
  load,
  figures,
  actions = browserActions,
  now = Date.now,
  locale: givenLocale,
  timeZone: givenZone,
  worth,
}: PopupAppProps) {
  // Read once, not at every render: each read makes an Intl object.
  const locale = useMemo(() => givenLocale ?? uiLocale(), [givenLocale]);
  const timeZone = useMemo(() => givenZone ?? currentTimeZone(), [givenZone]);
  const format = useMemo(() => createFormat(locale, timeZone), [locale, timeZone]);
  useDocumentLanguage(strings.title);
  const [dashboard, setDashboard] = useState<Dashboard | null>(figures ?? null);
  const [error, setError] = useState<string | null>(null);
  const [pause, setPause] = useState<PauseState | null>(null);

  useEffect(() => {
    if (figures) return;
    load().then(setDashboard, (reason: unknown) => setError(message(reason)));
  }, [load, figures]);
  useEffect(() => {
    actions.readPause().then(setPause, () => undefined);
  }, [actions]);
  // Today's figures are painted first; the trends and the effect of the prompts (below them, and in a fresh process
  // the first dates formatted, about as long again as the rest) come in the next frame.
  const [complete, setComplete] = useState(false);
  // Effects run after the browser has painted: the figures are on screen by now.
  useEffect(() => {
    if (!dashboard) return;
    markOnce('mf-popup-ready');
    setComplete(true);
  }, [dashboard]);
  useEffect(() => {
    if (complete) markOnce('mf-popup-complete');
  }, [complete]);

  const at = now();
  const pausedUntil = pause
    ? isPaused(pause, at)
      ? (pause.current?.until ?? null)
      : null
    : (dashboard?.pausedUntil ?? null);

  return (
    <FormatProvider value={format}>
      <main class="mf-popup">
        <h1 class="mf-title">{strings.title}</h1>
        {error !== null && (
          <div class="mf-error" role="alert">
            <p>{strings.storageError}</p>
            <p>{strings.storageErrorHint}</p>
            <p class="mf-muted">{strings.errorDetails(error)}</p>
          </div>
        )}
        {dashboard?.savingFailedSince != null && (
          <div class="mf-error" role="alert">
            <p>{strings.savingFailed(format.clock(dashboard.savingFailedSince))}</p>
            <p>{strings.savingFailedHint}</p>
          </div>
        )}
        {dashboard === null && error === null && <p class="mf-muted">{strings.loading}</p>}
        {/* Today's state and what stops the feed next come first; the small actions follow. */}
        {dashboard !== null && (
          <Today today={dashboard.today} now={at} pausedUntil={pausedUntil} browsers={dashboard.browsers ?? null} />
        )}
        <QuickActions
          pausedUntil={pausedUntil}
          onPause={async () => setPause(await actions.pause(now()))}
          onResume={async () => setPause(await actions.resume(now()))}
          onOpenOptions={actions.openOptions}
        />
        {worth && <WorthQuestion source={worth} />}
        {/* The full page loads in its own tab: the popup stays quick. */}
        <p class="mf-insights-link">
          <a class="mf-button mf-button--small" href="/insights.html" target="_blank" rel="noopener">
            {strings.openInsights}
          </a>
        </p>
        {dashboard !== null && <HealthNotice issues={dashboard.health} />}
        {dashboard !== null && complete && (
          <>
            <Trends trends={dashboard.trends} />
            <Effect effect={dashboard.effect} />
          </>
        )}
      </main>
    </FormatProvider>
  );
}
