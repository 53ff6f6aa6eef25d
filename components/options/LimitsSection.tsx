import { NumberField, SaveRow, Section } from './parts';
import { BUDGET_KEYS, DAY_TYPES, LIMIT_PATHS, LIMIT_SCOPES, limitPath } from './paths';
import { strings } from './strings';
import type { SettingsControls } from './useSettings';
import { useSettingsForm } from './useSettingsForm';

/** Daily time, daily videos and session breaks, for all sites together and for each site, weekdays and weekends. */
export function LimitsSection({ controls }: { controls: SettingsControls }) {
  const form = useSettingsForm(LIMIT_PATHS, controls);
  return (
    <Section id="limits" heading={strings.limits.heading} intro={strings.limits.intro}>
      <form onSubmit={form.submit} noValidate>
        {LIMIT_SCOPES.map((scope) => (
          <fieldset key={scope} class="group">
            <legend>{strings.scopeName(scope)}</legend>
            <div class="columns">
              {DAY_TYPES.map((day) => (
                <fieldset key={day} class="subgroup">
                  <legend>
                    {strings.dayLabels[day]} <span class="muted">{strings.inParentheses(strings.dayHints[day])}</span>
                  </legend>
                  {BUDGET_KEYS.map((key) => {
                    const path = limitPath(scope, day, key);
                    return (
                      <NumberField
                        key={key}
                        form={form}
                        path={path}
                        label={strings.budgetLabels[key]}
                        context={strings.fieldContext(path)}
                      />
                    );
                  })}
                </fieldset>
              ))}
            </div>
          </fieldset>
        ))}
        <SaveRow label={strings.limits.save} status={form.status} />
      </form>
    </Section>
  );
}
