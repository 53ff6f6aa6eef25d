import { useEffect, useState } from 'preact/hooks';
import { DEVICE_NAME_MAX } from '@/lib/sync/records';
import type { ShareOutbox, SharingChoice } from '@/lib/sync/sharing';
import { uiLocale } from '../i18n';
import type { OptionsEnvironment } from './environment';
import { Section, Status } from './parts';
import { strings } from './strings';
import type { FormStatus } from './useSettingsForm';

const OPTION_ID = 'share-browsers';
const NAME_ID = 'share-name';

function clockTime(time: number, timeZone: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { hour: 'numeric', minute: '2-digit', timeZone }).format(time);
}

/** What the last write did, in words: shared at a time, not yet, or refused (and tried again). */
function lastShared(outbox: ShareOutbox, timeZone: string): string {
  const text = strings.browsers;
  if (outbox.failure !== null) {
    const reason =
      outbox.failure === 'bytes' || outbox.failure === 'items'
        ? text.failedQuota
        : outbox.failure === 'writesPerMinute' || outbox.failure === 'writesPerHour'
          ? text.failedRate
          : text.failedOther;
    return text.failed(clockTime(outbox.failedSince ?? outbox.retryAt, timeZone), reason);
  }
  return outbox.writtenAt > 0 ? text.sharedAt(clockTime(outbox.writtenAt, timeZone)) : text.notShared;
}

/**
 * The privacy wording of "Your browsers", word for word the same on the welcome and in the settings: what is
 * shared, with whom, that nothing else leaves the device, and where sync does not sync. The settings page folds it
 * under a summary (the page stays short; the option's description still reads it out); that this browser does not
 * sync is never folded away.
 */
export function SharingPrivacy({
  id,
  staysOnDevice,
  folded = false,
}: {
  id: string;
  staysOnDevice: boolean;
  folded?: boolean;
}) {
  const text = strings.browsers;
  const words = (
    <div id={id} class="hint">
      <p>{text.privacy}</p>
      <p>{text.syncNote}</p>
    </div>
  );
  return (
    <>
      {folded ? (
        <details class="disclosure">
          <summary>{text.privacySummary}</summary>
          {words}
        </details>
      ) : (
        words
      )}
      {staysOnDevice && <p class="hint status--error">{text.staysOnDevice}</p>}
    </>
  );
}

export function useStaysOnDevice(environment: OptionsEnvironment): boolean {
  const [stays, setStays] = useState(false);
  useEffect(() => {
    environment.sharing.staysOnDevice().then(setStays, () => undefined);
  }, [environment]);
  return stays;
}

/**
 * "Your browsers": the opt-in to one budget across the user's browsers through storage.sync, this browser's name,
 * and what was last shared. Each change applies at once (like the data actions), not with the settings' Save: it
 * is this browser's own choice, kept in this browser only.
 */
export function BrowsersSection({ environment }: { environment: OptionsEnvironment }) {
  const text = strings.browsers;
  const [state, setState] = useState<{ choice: SharingChoice; outbox: ShareOutbox } | null>(null);
  const [name, setName] = useState('');
  const [status, setStatus] = useState<FormStatus | null>(null);
  const staysOnDevice = useStaysOnDevice(environment);

  async function reload() {
    const read = await environment.sharing.read();
    setState(read);
    return read;
  }

  useEffect(() => {
    let live = true;
    environment.sharing.read().then(
      (read) => {
        if (!live) return;
        setState(read);
        setName(read.choice.name);
      },
      (reason: unknown) => live && setStatus({ kind: 'error', text: text.changeFailed(String(reason)) }),
    );
    return () => {
      live = false;
    };
  }, [environment, text]);

  async function toggle(on: boolean) {
    try {
      if (on) {
        const choice = await environment.sharing.turnOn();
        setName(choice.name);
        setStatus({ kind: 'ok', text: text.turnedOn });
      } else {
        const removed = await environment.sharing.turnOff();
        setStatus({ kind: 'ok', text: removed ? text.turnedOff : text.turnedOffPending });
      }
      await reload();
    } catch (reason) {
      setStatus({ kind: 'error', text: text.changeFailed(String(reason)) });
    }
  }

  async function rename(event: Event) {
    event.preventDefault();
    try {
      const choice = await environment.sharing.rename(name);
      setName(choice.name);
      setStatus({ kind: 'ok', text: text.renamed(choice.name) });
      await reload();
    } catch (reason) {
      setStatus({ kind: 'error', text: text.changeFailed(String(reason)) });
    }
  }

  return (
    <Section id="browsers" heading={text.heading}>
      {state === null ? (
        <p>{text.reading}</p>
      ) : (
        <>
          <div class="check">
            <input
              id={OPTION_ID}
              type="checkbox"
              checked={state.choice.enabled}
              aria-describedby="share-privacy"
              onChange={(event) => toggle((event.currentTarget as HTMLInputElement).checked)}
            />
            <label for={OPTION_ID}>{text.option}</label>
          </div>
          <SharingPrivacy id="share-privacy" staysOnDevice={staysOnDevice} folded />
          {state.choice.enabled && (
            <>
              <form onSubmit={rename} noValidate>
                <div class="field">
                  <label for={NAME_ID}>{text.name}</label>
                  <input
                    id={NAME_ID}
                    type="text"
                    value={name}
                    maxLength={DEVICE_NAME_MAX}
                    aria-describedby="share-name-hint"
                    onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
                  />
                  <p id="share-name-hint" class="hint">
                    {text.nameHint}
                  </p>
                </div>
                <button type="submit" class="button">
                  {text.rename}
                </button>
              </form>
              <p>{lastShared(state.outbox, environment.timeZone)}</p>
            </>
          )}
        </>
      )}
      <Status status={status} />
    </Section>
  );
}
