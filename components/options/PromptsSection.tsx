import { i18n } from '#i18n';
import { CheckField, NumberField, Section } from './parts';
import { strings } from './strings';
import type { SettingsForm } from './useSettingsForm';

/** Which kinds of prompt interrupt the feed, and how. */
export function PromptsSection({ form }: { form: SettingsForm }) {
  const text = strings.prompts;
  return (
    <Section id="prompts" heading={text.heading} intro={text.intro}>
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
      <p class="hint">
        {i18n.t('experiment.fromOptions')}{' '}
        <a href="/insights.html#experiment" target="_blank" rel="noopener">
          {i18n.t('experiment.fromOptionsLink')}
        </a>
      </p>
    </Section>
  );
}
