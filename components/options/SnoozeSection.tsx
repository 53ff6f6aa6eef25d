import { NumberField, SaveRow, Section } from './parts';
import { SNOOZE_PATHS } from './paths';
import { strings } from './strings';
import type { SettingsControls } from './useSettings';
import { useSettingsForm } from './useSettingsForm';

/** Snoozes a limit allows, and the cooling-off delay every loosening waits for. */
export function SnoozeSection({ controls }: { controls: SettingsControls }) {
  const form = useSettingsForm(SNOOZE_PATHS, controls);
  const text = strings.snooze;
  return (
    <Section id="snoozes" heading={text.heading} intro={text.intro}>
      <form onSubmit={form.submit} noValidate>
        <div class="columns columns--narrow">
          <NumberField form={form} path="snooze.minutes" label={text.minutes} />
          <NumberField form={form} path="snooze.perDay" label={text.perDay} />
        </div>
        <NumberField form={form} path="coolingOffHours" label={text.coolingOff} hint={text.coolingOffHint} />
        <SaveRow label={text.save} status={form.status} />
      </form>
    </Section>
  );
}
