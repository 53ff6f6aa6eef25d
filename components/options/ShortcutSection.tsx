import { useEffect, useState } from 'preact/hooks';
import { IN_PAGE_SHORTCUT } from '@/lib/content/not-interested';
import type { OptionsEnvironment } from './environment';
import { Section, Status } from './parts';
import { strings } from './strings';
import type { FormStatus } from './useSettingsForm';

type ShortcutState = { state: 'reading' } | { state: 'read'; key: string | null } | { state: 'failed' };

/** The in-page key and the browser's rebindable shortcut for "Not interested", and where to change the latter. */
export function ShortcutSection({ environment }: { environment: OptionsEnvironment }) {
  const [shortcut, setShortcut] = useState<ShortcutState>({ state: 'reading' });
  const [status, setStatus] = useState<FormStatus | null>(null);
  const text = strings.shortcut;

  useEffect(() => {
    let live = true;
    const read = () =>
      environment.readShortcut().then(
        (key) => live && setShortcut({ state: 'read', key }),
        () => live && setShortcut({ state: 'failed' }),
      );
    void read();
    // The user may have changed it in the browser's shortcut page and come back.
    window.addEventListener('focus', read);
    return () => {
      live = false;
      window.removeEventListener('focus', read);
    };
  }, [environment]);

  async function openSettings() {
    try {
      await environment.openShortcutSettings();
    } catch (reason) {
      setStatus({ kind: 'error', text: text.changeFailed(String(reason)) });
    }
  }

  return (
    <Section id="shortcut" heading={text.heading} intro={text.intro}>
      <dl class="facts">
        <dt>{text.inPage}</dt>
        <dd>
          <kbd>{IN_PAGE_SHORTCUT.label}</kbd> {text.inPageNote}
        </dd>
        <dt>{text.browser}</dt>
        <dd>
          {shortcut.state === 'reading' && text.reading}
          {shortcut.state === 'failed' && text.unreadable}
          {shortcut.state === 'read' && (shortcut.key ? <kbd>{shortcut.key}</kbd> : text.notSet)}
        </dd>
      </dl>
      {environment.browserName === 'firefox' ? (
        <p>{text.firefox}</p>
      ) : (
        <p>
          <button type="button" class="button" onClick={openSettings}>
            {text.change}
          </button>
        </p>
      )}
      <Status status={status} />
    </Section>
  );
}
