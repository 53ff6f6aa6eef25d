import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { IN_PAGE_SHORTCUT } from '@/lib/content/not-interested';
import type { Settings } from '@/lib/settings/schema';
import { SITE_URLS } from '@/lib/sites/catalog';
import { SharingPrivacy, useStaysOnDevice } from './BrowsersSection';
import type { OptionsEnvironment } from './environment';
import type { Patch } from './form';
import { strings } from './strings';
import type { SettingsControls } from './useSettings';

const TIME_CHOICES = [30, 60, 90, null] as const;
const VIDEO_CHOICES = [20, 50, 100, null] as const;
type Choice = number | null;
/** Nothing picked: that budget stays as it is. */
type Picked = Choice | undefined;

/** What is in force now, if it is one of the choices (the same on weekdays and weekends); else nothing picked. */
function preset(settings: Settings, key: 'dailyMinutes' | 'dailyVideos', choices: readonly Choice[]): Picked {
  const { weekday, weekend } = settings.limits.all;
  const value = weekday[key];
  return value !== null && value === weekend[key] && choices.includes(value) ? value : undefined;
}

/** A sentence with the key in it shown as a key. */
function WithKey({ text, shortcut }: { text: string; shortcut: string }) {
  const at = text.indexOf(shortcut);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <kbd>{shortcut}</kbd>
      {text.slice(at + shortcut.length)}
    </>
  );
}

function ChoiceGroup({
  name,
  legend,
  choices,
  picked,
  label,
  onPick,
}: {
  name: string;
  legend: string;
  choices: readonly Choice[];
  picked: Picked;
  label: (value: Choice) => string;
  onPick: (value: Choice) => void;
}) {
  return (
    <fieldset class="subgroup">
      <legend>{legend}</legend>
      <div class="choice-list">
        {choices.map((value) => {
          const id = `${name}-${value ?? 'none'}`;
          return (
            <div class="check" key={id}>
              <input id={id} type="radio" name={name} checked={picked === value} onChange={() => onPick(value)} />
              <label for={id}>{label(value)}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * First install: what the person will meet (the prompts, the "Not interested" key, the toolbar popup), what is
 * counted, and one choice — a daily time and video budget for all feeds together. "Done" saves it (a budget where
 * there was none is stricter, so it applies at once); the settings are one link away.
 */
export function Welcome({
  controls,
  environment,
  onSaved,
  onLeave,
}: {
  controls: SettingsControls;
  /** "Your browsers" is offered here too (off unless ticked). */
  environment: OptionsEnvironment;
  /** The budgets were saved, with the settings now in force and the fields saved. */
  onSaved: (settings: Settings, paths: string[]) => void;
  /** To the settings. */
  onLeave: () => void;
}) {
  const text = strings.welcome;
  const heading = useRef<HTMLHeadingElement>(null);
  const allSet = useRef<HTMLHeadingElement>(null);
  const [time, setTime] = useState<Picked>(() => preset(controls.settings, 'dailyMinutes', TIME_CHOICES));
  const [videos, setVideos] = useState<Picked>(() => preset(controls.settings, 'dailyVideos', VIDEO_CHOICES));
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [share, setShare] = useState(false);
  const staysOnDevice = useStaysOnDevice(environment);

  useLayoutEffect(() => heading.current?.focus(), []);
  useLayoutEffect(() => {
    if (saved !== null) allSet.current?.focus();
  }, [saved]);

  async function done(event: Event) {
    event.preventDefault();
    const patch: Patch = [];
    if (time !== undefined)
      patch.push(['limits.all.weekday.dailyMinutes', time], ['limits.all.weekend.dailyMinutes', time]);
    if (videos !== undefined) {
      patch.push(['limits.all.weekday.dailyVideos', videos], ['limits.all.weekend.dailyVideos', videos]);
    }
    try {
      if (share) await environment.sharing.turnOn();
      const outcome = await controls.save(patch);
      onSaved(
        outcome.settings,
        patch.map(([path]) => path),
      );
      const budgets = text.budgets(time, videos);
      const noBudget = (time ?? null) === null && (videos ?? null) === null;
      setSaved(
        outcome.pending > 0
          ? text.savedPending(budgets, outcome.delayHours)
          : noBudget
            ? text.savedNone
            : text.saved(budgets),
      );
    } catch (reason) {
      setError(strings.saveFailed(String(reason)));
    }
  }

  const toSettings = (event: Event) => {
    event.preventDefault();
    onLeave();
  };

  return (
    <div class="welcome">
      <h1 ref={heading} tabIndex={-1}>
        {text.heading}
      </h1>
      <p class="intro">{text.intro}</p>
      <h2>{text.seeHeading}</h2>
      <ul class="see-list">
        <li>{text.seePrompts}</li>
        <li>
          <WithKey text={text.seeNotInterested(IN_PAGE_SHORTCUT.label)} shortcut={IN_PAGE_SHORTCUT.label} />
        </li>
        <li>{text.seePopup}</li>
      </ul>
      <h2>{text.countedHeading}</h2>
      <ul>
        <li>{text.countedTime(SITE_URLS.map((site) => site.name))}</li>
        <li>{text.countedVideos}</li>
        <li>{text.private}</li>
      </ul>
      {saved === null ? (
        <form onSubmit={done} noValidate>
          <fieldset class="group" aria-describedby="budget-hint">
            <legend>{text.budgetLegend}</legend>
            <p id="budget-hint" class="hint">
              {text.budgetHint}
            </p>
            <ChoiceGroup
              name="budget-time"
              legend={text.timeLegend}
              choices={TIME_CHOICES}
              picked={time}
              label={text.timeOption}
              onPick={setTime}
            />
            <ChoiceGroup
              name="budget-videos"
              legend={text.videosLegend}
              choices={VIDEO_CHOICES}
              picked={videos}
              label={text.videosOption}
              onPick={setVideos}
            />
          </fieldset>
          <fieldset class="group">
            <legend>{strings.browsers.heading}</legend>
            <div class="check">
              <input
                id="welcome-share"
                type="checkbox"
                checked={share}
                aria-describedby="welcome-share-privacy"
                onChange={(event) => setShare((event.currentTarget as HTMLInputElement).checked)}
              />
              <label for="welcome-share">{strings.browsers.option}</label>
            </div>
            <SharingPrivacy id="welcome-share-privacy" staysOnDevice={staysOnDevice} />
          </fieldset>
          <div class="save-row">
            <button type="submit" class="button button--primary">
              {text.done}
            </button>
            <a class="button-link" href="/options.html" onClick={toSettings}>
              {text.settingsLink}
            </a>
            <p role="status" class="status status--error">
              {error ?? ''}
            </p>
          </div>
        </form>
      ) : (
        <div class="all-set">
          <h2 ref={allSet} tabIndex={-1}>
            {text.allSet}
          </h2>
          <p>{saved}</p>
          <p>{text.closeHint}</p>
          <p>
            <a class="button-link" href="/options.html" onClick={toSettings}>
              {text.goToSettings}
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
