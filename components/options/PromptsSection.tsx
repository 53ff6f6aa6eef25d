import { CheckField, NumberField, SaveRow, Section } from './parts';
import { PROMPT_PATHS } from './paths';
import { strings } from './strings';
import type { SettingsControls } from './useSettings';
import { useSettingsForm } from './useSettingsForm';

/** Which kinds of prompt interrupt the feed, and how. */
export function PromptsSection({ controls }: { controls: SettingsControls }) {
  const form = useSettingsForm(PROMPT_PATHS, controls);
  const text = strings.prompts;
  return (
    <Section id="prompts" heading={text.heading} intro={text.intro}>
      <form onSubmit={form.submit} noValidate>
        <fieldset class="group">
          <legend>{text.nudge}</legend>
          <CheckField form={form} path="prompts.nudge" label={text.nudgeOn} hint={text.nudgeHint} />
          <NumberField form={form} path="prompts.nudgeAtPercent" label={text.nudgeAtPercent} />
          <NumberField form={form} path="prompts.nudgeEveryVideos" label={text.nudgeEveryVideos} />
        </fieldset>
        <fieldset class="group">
          <legend>{text.breathing}</legend>
          <CheckField form={form} path="prompts.breathing" label={text.breathingOn} hint={text.breathingHint} />
          <NumberField form={form} path="prompts.breathSeconds" label={text.breathSeconds} />
        </fieldset>
        <fieldset class="group">
          <legend>{text.intention}</legend>
          <CheckField form={form} path="prompts.intention" label={text.intentionOn} hint={text.intentionHint} />
        </fieldset>
        <SaveRow label={text.save} status={form.status} />
      </form>
    </Section>
  );
}
