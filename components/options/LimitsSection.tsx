import { Fragment } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SITE_IDS, type SiteId } from '@/lib/sites/types';
import { NumberField, Section } from './parts';
import { BUDGET_KEYS, DAY_TYPES, fieldId, type LimitScope, limitPath } from './paths';
import { strings } from './strings';
import type { SettingsControls } from './useSettings';
import type { SettingsForm } from './useSettingsForm';

const sitePaths = (site: SiteId) => DAY_TYPES.flatMap((day) => BUDGET_KEYS.map((key) => limitPath(site, day, key)));

/** A site has limits of its own in force, waiting, or typed on this page. */
function hasOwnLimits(site: SiteId, form: SettingsForm, controls: SettingsControls): boolean {
  const limits = controls.settings.limits.sites[site];
  const set = DAY_TYPES.some((day) => BUDGET_KEYS.some((key) => limits[day][key] !== null));
  const typed = sitePaths(site).some((path) => String(form.draft[path] ?? '').trim() !== '');
  return set || typed || sitePaths(site).some((path) => form.pendingFor(path));
}

/**
 * One scope's budgets as a small table: a row per kind of budget, a column for weekdays and one for weekends. Each
 * field's own label (read by screen readers) says all three: "TikTok, weekdays: Videos a day".
 */
function BudgetGrid({ form, scope }: { form: SettingsForm; scope: LimitScope }) {
  return (
    <fieldset class="group">
      <legend>{strings.scopeName(scope)}</legend>
      <div class="budget-grid">
        <span aria-hidden="true" />
        {DAY_TYPES.map((day) => (
          <span key={day} class="budget-day" aria-hidden="true">
            {strings.dayLabels[day]} <span class="muted">{strings.dayHints[day]}</span>
          </span>
        ))}
        {BUDGET_KEYS.map((key) => (
          <Fragment key={key}>
            <span class="budget-kind" aria-hidden="true">
              {strings.budgetLabels[key]}
            </span>
            {DAY_TYPES.map((day) => {
              const path = limitPath(scope, day, key);
              return (
                <NumberField
                  key={day}
                  form={form}
                  path={path}
                  label={strings.budgetLabels[key]}
                  context={strings.fieldContext(path)}
                  hiddenLabel
                />
              );
            })}
          </Fragment>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The all-feeds budget first; a site's own limits only for the sites that have some (or once added here), so the
 * page is not thirty empty fields long.
 */
export function LimitsSection({ form, controls }: { form: SettingsForm; controls: SettingsControls }) {
  const text = strings.limits;
  const [added, setAdded] = useState<SiteId[]>([]);
  const [choosing, setChoosing] = useState(false);
  const focusNext = useRef<string | null>(null);
  const shown = SITE_IDS.filter((site) => added.includes(site) || hasOwnLimits(site, form, controls));
  const others = SITE_IDS.filter((site) => !shown.includes(site));

  useLayoutEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const choose = (open: boolean) => {
    focusNext.current = open ? 'add-site-choices' : 'add-site';
    setChoosing(open);
  };
  const add = (site: SiteId) => {
    focusNext.current = fieldId(limitPath(site, 'weekday', 'dailyMinutes'));
    setAdded((previous) => [...previous, site]);
    setChoosing(false);
  };

  return (
    <Section id="limits" heading={text.heading} intro={text.intro}>
      <BudgetGrid form={form} scope="all" />
      <h3 id="site-limits">{text.sitesHeading}</h3>
      <p class="hint">{text.sitesIntro}</p>
      {shown.map((site) => (
        <BudgetGrid key={site} form={form} scope={site} />
      ))}
      {others.length > 0 &&
        (choosing ? (
          <fieldset id="add-site-choices" class="group choices" tabIndex={-1}>
            <legend>{text.whichSite}</legend>
            <div class="actions">
              {others.map((site) => (
                <button key={site} type="button" class="button" onClick={() => add(site)}>
                  {strings.scopeName(site)}
                </button>
              ))}
              <button type="button" class="button button--quiet" onClick={() => choose(false)}>
                {strings.data.cancel}
              </button>
            </div>
          </fieldset>
        ) : (
          <button id="add-site" type="button" class="button" onClick={() => choose(true)}>
            {text.addSite}
          </button>
        ))}
    </Section>
  );
}
