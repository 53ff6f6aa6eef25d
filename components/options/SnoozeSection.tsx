import { NumberField, Section } from './parts';
import { strings } from './strings';
import type { SettingsForm } from './useSettingsForm';

/** Snoozes a limit allows, and the cooling-off delay every loosening waits for. */
export function SnoozeSection({ form }: { form: SettingsForm }) {
  const text = strings.snooze;
  return (
    <Section id="snoozes" heading={text.heading} intro={text.intro}>
      <div class="columns columns--narrow">
        <NumberField form={form} path="snooze.minutes" label={text.minutes} />
        <NumberField form={form} path="snooze.perDay" label={text.perDay} />
      </div>
      <NumberField form={form} path="coolingOffHours" label={text.coolingOff} hint={text.coolingOffHint} />
    </Section>
  );
}
