import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SITE_URLS } from '@/lib/sites/catalog';
import { strings } from './strings';
import type { SettingsControls } from './useSettings';

const BUDGETS = [30, 60, 90, null] as const;
type BudgetChoice = (typeof BUDGETS)[number];

/**
 * First install: what is counted, that nothing leaves the device, and one choice — a daily budget for all feeds
 * together. Setting one where there was none is stricter, so it applies at once.
 */
export function Welcome({
  controls,
  onDone,
}: {
  controls: SettingsControls;
  /** With the sentence to announce once the settings show. */
  onDone: (message: string) => void;
}) {
  const text = strings.welcome;
  const heading = useRef<HTMLHeadingElement>(null);
  const current = controls.settings.limits.all;
  const [choice, setChoice] = useState<BudgetChoice | 'other'>(() => {
    const minutes = current.weekday.dailyMinutes;
    if (minutes !== current.weekend.dailyMinutes) return 'other';
    return (BUDGETS as readonly (number | null)[]).includes(minutes) ? (minutes as BudgetChoice) : 'other';
  });
  const [error, setError] = useState<string | null>(null);

  useLayoutEffect(() => heading.current?.focus(), []);

  async function save(event: Event) {
    event.preventDefault();
    if (choice === 'other') {
      onDone('');
      return;
    }
    try {
      const outcome = await controls.save([
        ['limits.all.weekday.dailyMinutes', choice],
        ['limits.all.weekend.dailyMinutes', choice],
      ]);
      onDone(outcome.pending > 0 ? text.savedPending(choice, outcome.delayHours) : text.saved(choice));
    } catch (reason) {
      setError(strings.saveFailed(String(reason)));
    }
  }

  return (
    <div class="welcome">
      <h1 ref={heading} tabIndex={-1}>
        {text.heading}
      </h1>
      <p class="intro">{text.intro}</p>
      <h2>{text.countedHeading}</h2>
      <ul>
        <li>{text.countedTime(SITE_URLS.map((site) => site.name))}</li>
        <li>{text.countedVideos}</li>
      </ul>
      <h2>{text.privateHeading}</h2>
      <p>{text.private}</p>
      <form onSubmit={save} noValidate>
        <fieldset class="group" aria-describedby="budget-hint">
          <legend>{text.budgetLegend}</legend>
          <p id="budget-hint" class="hint">
            {text.budgetHint}
          </p>
          {BUDGETS.map((budget) => {
            const id = `budget-${budget ?? 'none'}`;
            return (
              <div class="check" key={id}>
                <input
                  id={id}
                  type="radio"
                  name="budget"
                  checked={choice === budget}
                  onChange={() => setChoice(budget)}
                />
                <label for={id}>{text.budgetOption(budget)}</label>
              </div>
            );
          })}
        </fieldset>
        <div class="save-row">
          <button type="submit" class="button button--primary">
            {text.save}
          </button>
          <p role="status" class="status status--error">
            {error ?? ''}
          </p>
        </div>
      </form>
    </div>
  );
}
