import { i18n } from '#i18n';
import type { StyleId } from '@/lib/experiment/styles';
import { styleName } from '../styleNames';
import { CheckField, ChoiceField, NumberField, Section } from './parts';
import { strings } from './strings';
import type { SettingsForm } from './useSettingsForm';

const MORE_PATHS = [
  'sharedClips.playAfterLimit',
  'friction.overBudget',
  'friction.coverAfterMinutes',
  'friction.greyscale',
  'friction.slowSwipeSeconds',
  'friction.onLadder',
];

/**
 * Which kinds of prompt interrupt the feed, and how. While an experiment runs, one line says that today's style is
 * used instead of these settings.
 */
export function PromptsSection({
  form,
  styleOfDay = null,
}: {
  form: SettingsForm;
  styleOfDay?: { style: StyleId; day: number; days: number } | null;
}) {
  const text = strings.prompts;
  const needsAttention = MORE_PATHS.some(
    (path) => form.errors[path] !== undefined || form.pendingFor(path) !== undefined,
  );
  return (
    <Section id="prompts" heading={text.heading} intro={text.intro}>
      {styleOfDay && (
        <p class="hint experiment-today">
          {i18n.t('experiment.optionsToday', {
            style: styleName(styleOfDay.style) ?? styleOfDay.style,
            day: styleOfDay.day,
            days: styleOfDay.days,
          })}{' '}
          <a href="/insights.html#experiment" target="_blank" rel="noopener">
            {i18n.t('experiment.optionsTodayLink')}
          </a>
        </p>
      )}
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
      {/* Folded away unless something in it needs attention: the page stays short (issue 16). */}
      <details class="more" {...(needsAttention ? { open: true } : {})}>
        <summary>{text.more}</summary>
        <fieldset class="group">
          <legend>{text.sharedClips}</legend>
          <CheckField
            form={form}
            path="sharedClips.playAfterLimit"
            label={text.sharedClipsOn}
            hint={text.sharedClipsHint}
          />
        </fieldset>
        <fieldset class="group">
          <legend>{text.overBudget}</legend>
          <ChoiceField
            form={form}
            path="friction.overBudget"
            legend={text.overBudgetChoice}
            hint={text.overBudgetHint}
            choices={[
              { value: 'cover', label: text.overBudgetCover },
              { value: 'slow-down', label: text.overBudgetSlowDown },
              { value: 'slow-down-then-cover', label: text.overBudgetSlowDownThenCover },
            ]}
          />
          <NumberField form={form} path="friction.coverAfterMinutes" label={text.coverAfterMinutes} />
          <CheckField form={form} path="friction.greyscale" label={text.greyscale} />
          <NumberField form={form} path="friction.slowSwipeSeconds" label={text.slowSwipeSeconds} />
          <CheckField form={form} path="friction.onLadder" label={text.onLadder} />
        </fieldset>
      </details>
      <p class="hint">
        {i18n.t('experiment.fromOptions')}{' '}
        <a href="/insights.html#experiment" target="_blank" rel="noopener">
          {i18n.t('experiment.fromOptionsLink')}
        </a>
      </p>
    </Section>
  );
}
