import { CheckField, PendingNote, Section, TimeField } from './parts';
import { fieldId } from './paths';
import { strings } from './strings';
import type { SettingsForm } from './useSettingsForm';

const DAYS = [0, 1, 2, 3, 4, 5, 6];
const DAYS_PATH = 'quietHours.days';

/** A nightly window when the feeds stay covered; the days are the nights it starts. */
export function QuietHoursSection({ form }: { form: SettingsForm }) {
  const days = form.draft[DAYS_PATH] as number[];
  const error = form.errors[DAYS_PATH];
  const change = form.pendingFor('quietHours');
  const daysId = fieldId(DAYS_PATH);
  const toggle = (day: number, on: boolean) =>
    form.set(DAYS_PATH, on ? [...days.filter((other) => other !== day), day] : days.filter((other) => other !== day));
  return (
    <Section id="quiet-hours" heading={strings.quiet.heading} intro={strings.quiet.intro}>
      <CheckField form={form} path="quietHours.enabled" label={strings.quiet.enabled} />
      <div class="columns columns--narrow">
        <TimeField form={form} path="quietHours.start" label={strings.quiet.start} />
        <TimeField form={form} path="quietHours.end" label={strings.quiet.end} />
      </div>
      <fieldset class="group" aria-describedby={error ? `${daysId}-note ${daysId}-error` : `${daysId}-note`}>
        <legend>{strings.quiet.days}</legend>
        <p id={`${daysId}-note`} class="hint">
          {strings.quiet.daysNote}
        </p>
        <div class="day-list">
          {DAYS.map((day) => {
            const id = day === 0 ? daysId : `${daysId}-${day}`;
            return (
              <div class="check" key={day}>
                <input
                  id={id}
                  type="checkbox"
                  checked={days.includes(day)}
                  onChange={(event) => toggle(day, event.currentTarget.checked)}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? `${daysId}-error` : undefined}
                />
                <label for={id}>{strings.quiet.dayName(day)}</label>
              </div>
            );
          })}
        </div>
        {error && (
          <p id={`${daysId}-error`} class="error">
            {error}
          </p>
        )}
      </fieldset>
      {change && <PendingNote change={change} form={form} focusPath="quietHours.enabled" id="quiet-hours-pending" />}
    </Section>
  );
}
