import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type Experiment, experimentDay } from '@/lib/experiment/state';
import { localDate } from '@/lib/tracking/local-time';
import { useDocumentLanguage } from './i18n';
import { BrowsersSection } from './options/BrowsersSection';
import { DataSection } from './options/DataSection';
import type { OptionsEnvironment } from './options/environment';
import { LimitsSection } from './options/LimitsSection';
import { PromptsSection } from './options/PromptsSection';
import { SaveBar } from './options/parts';
import { QuietHoursSection } from './options/QuietHoursSection';
import { ShortcutSection } from './options/ShortcutSection';
import { SitesSection } from './options/SitesSection';
import { SnoozeSection } from './options/SnoozeSection';
import { strings } from './options/strings';
import { optionsStyles } from './options/styles';
import { useSettings } from './options/useSettings';
import { useSettingsForm } from './options/useSettingsForm';
import { Welcome } from './options/Welcome';

/** The page's sections, in order: the table of contents links to each. */
const SECTIONS = ['limits', 'quiet-hours', 'prompts', 'snoozes', 'sites', 'shortcut', 'browsers', 'data'] as const;

const WELCOME_HASH = '#welcome';

/**
 * The options page: the welcome on first install (`#welcome`, also when that address is opened in a page already
 * showing the settings), then the settings with one Save, the "Not interested" shortcut and the user's data.
 * Everything it needs from the browser comes in through `environment`.
 */
export function OptionsApp({ environment, welcome = false }: { environment: OptionsEnvironment; welcome?: boolean }) {
  const state = useSettings(environment);
  const form = useSettingsForm(state.status === 'ready' ? state.controls : null);
  const [showWelcome, setShowWelcome] = useState(welcome);
  const heading = useRef<HTMLHeadingElement>(null);
  const cameFromWelcome = useRef(false);
  const unsaved = form.unsaved.length > 0;
  useDocumentLanguage(strings.documentTitle);
  // The experiment's style of the day, said by the prompt settings it overrides (none if it cannot be read).
  const [experiment, setExperiment] = useState<Experiment | null>(null);
  useEffect(() => {
    environment.readExperiment().then(setExperiment, () => setExperiment(null));
  }, [environment]);
  const styleOfDay = experimentDay(experiment, localDate(environment.now(), environment.timeZone));

  useEffect(() => {
    const follow = () => {
      if (location.hash === WELCOME_HASH) setShowWelcome(true);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  // Nothing typed is lost without a word: leaving (closing the tab, reloading, following a link) asks first.
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  useLayoutEffect(() => {
    if (!showWelcome && cameFromWelcome.current) heading.current?.focus();
  }, [showWelcome]);

  function leaveWelcome() {
    environment.leaveWelcome();
    cameFromWelcome.current = true;
    setShowWelcome(false);
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
    top = (
      <Welcome
        controls={state.controls}
        environment={environment}
        onSaved={(settings, paths) => form.refresh(settings, paths)}
        onLeave={leaveWelcome}
      />
    );
  } else {
    const { controls } = state;
    const pending = controls.pending.length;
    body = (
      <>
        <nav aria-label={strings.sectionsLabel} class="toc">
          <ul>
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>{strings.toc[id]}</a>
              </li>
            ))}
          </ul>
        </nav>
        {pending > 0 && <p class="pending">{strings.pendingSummary(pending)}</p>}
        <form onSubmit={form.submit} noValidate>
          <LimitsSection form={form} controls={controls} />
          <QuietHoursSection form={form} />
          <PromptsSection form={form} styleOfDay={styleOfDay} />
          <SnoozeSection form={form} />
          <SitesSection form={form} />
          <SaveBar form={form} />
        </form>
        <ShortcutSection environment={environment} />
        <BrowsersSection environment={environment} />
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
      {body}
    </main>
  );
}
