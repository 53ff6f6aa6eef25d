import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useDocumentLanguage } from './i18n';
import { DataSection } from './options/DataSection';
import type { OptionsEnvironment } from './options/environment';
import { LimitsSection } from './options/LimitsSection';
import { PromptsSection } from './options/PromptsSection';
import { QuietHoursSection } from './options/QuietHoursSection';
import { ShortcutSection } from './options/ShortcutSection';
import { SitesSection } from './options/SitesSection';
import { SnoozeSection } from './options/SnoozeSection';
import { strings } from './options/strings';
import { optionsStyles } from './options/styles';
import { useSettings } from './options/useSettings';
import { Welcome } from './options/Welcome';

/** The page's sections, in order, with their headings in the UI language. */
const sections = () =>
  [
    ['sites', strings.sites.heading],
    ['limits', strings.limits.heading],
    ['quiet-hours', strings.quiet.heading],
    ['prompts', strings.prompts.heading],
    ['snoozes', strings.snooze.heading],
    ['shortcut', strings.shortcut.heading],
    ['data', strings.data.heading],
  ] as const;

/**
 * The options page: the welcome on first install (`#welcome`), then the settings, the "Not interested" shortcut
 * and the user's data. Everything it needs from the browser comes in through `environment`.
 */
export function OptionsApp({ environment, welcome = false }: { environment: OptionsEnvironment; welcome?: boolean }) {
  const state = useSettings(environment);
  const [showWelcome, setShowWelcome] = useState(welcome);
  const [pageStatus, setPageStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const cameFromWelcome = useRef(false);
  useDocumentLanguage(strings.documentTitle);

  useLayoutEffect(() => {
    if (!showWelcome && cameFromWelcome.current) heading.current?.focus();
  }, [showWelcome]);

  function leaveWelcome(message: string) {
    environment.leaveWelcome();
    cameFromWelcome.current = true;
    setShowWelcome(false);
    setPageStatus(message);
  }

  const header = (
    <header>
      <h1 ref={heading} tabIndex={-1}>
        {strings.pageTitle}
      </h1>
      <p class="intro">{strings.pageIntro}</p>
    </header>
  );

  let top: preact.JSX.Element | null = header;
  let body = null;
  if (state.status === 'loading') {
    if (showWelcome) top = null;
    body = <p>{strings.loading}</p>;
  } else if (state.status === 'failed') {
    body = <p role="alert">{strings.loadFailed(state.error)}</p>;
  } else if (showWelcome) {
    top = <Welcome controls={state.controls} onDone={leaveWelcome} />;
  } else {
    const { controls } = state;
    const pending = controls.pending.length;
    body = (
      <>
        <nav aria-label={strings.sectionsLabel}>
          <ul>
            {sections().map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
        {pending > 0 && <p class="pending">{strings.pendingSummary(pending)}</p>}
        {/* A new revision (settings reset from outside the forms) starts every form again from what is in force. */}
        <div key={controls.revision}>
          <SitesSection controls={controls} />
          <LimitsSection controls={controls} />
          <QuietHoursSection controls={controls} />
          <PromptsSection controls={controls} />
          <SnoozeSection controls={controls} />
        </div>
        <ShortcutSection environment={environment} />
        <DataSection environment={environment} controls={controls} />
        <footer>
          <p>
            {strings.support} <a href="/resources.html">{strings.resources}</a>
          </p>
        </footer>
      </>
    );
  }

  return (
    <main class="options">
      <style>{optionsStyles}</style>
      {top}
      {/* Present from the start, in the same place in both views, so what it says is announced. */}
      <p role="status" class="page-status">
        {pageStatus}
      </p>
      {body}
    </main>
  );
}
