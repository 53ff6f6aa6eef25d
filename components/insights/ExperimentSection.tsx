import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Adoption, ExperimentActions } from '@/lib/experiment/actions';
import { EXPERIMENT_DAYS, MAX_STYLES, MIN_STYLES } from '@/lib/experiment/assignment';
import type { Share } from '@/lib/experiment/compare';
import { STYLE_IDS, type StyleId } from '@/lib/experiment/styles';
import type { ExperimentInsights } from '@/lib/insights/queries';
import { useFormat } from '../popup/format';
import { styleName as knownStyleName, styleWhy } from '../styleNames';

const styleName = (style: StyleId) => knownStyleName(style) ?? style;

function Enrol({ onStart }: { onStart: (styles: StyleId[]) => Promise<void> }) {
  const [picked, setPicked] = useState<StyleId[]>(['cover-at-limit', 'nudges-only']);
  const [failed, setFailed] = useState(false);
  const allowed = picked.length >= MIN_STYLES && picked.length <= MAX_STYLES;
  const toggle = (style: StyleId) =>
    setPicked((now) => (now.includes(style) ? now.filter((id) => id !== style) : [...now, style]));
  return (
    <>
      <p>{i18n.t('experiment.intro', { days: EXPERIMENT_DAYS })}</p>
      <fieldset class="mf-styles">
        <legend>{i18n.t('experiment.pick')}</legend>
        {STYLE_IDS.map((style) => (
          <label key={style} class="mf-style">
            <input type="checkbox" checked={picked.includes(style)} onChange={() => toggle(style)} />
            <span>
              <strong>{styleName(style)}</strong> <span class="mf-muted">{styleWhy(style)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {!allowed && <p class="mf-muted">{i18n.t('experiment.pickHint')}</p>}
      <button
        type="button"
        class="mf-button mf-button--primary"
        disabled={!allowed}
        onClick={() => onStart(picked).catch(() => setFailed(true))}
      >
        {i18n.t('experiment.start')}
      </button>
      {failed && <p role="alert">{i18n.t('worth.failed')}</p>}
    </>
  );
}

export function ExperimentSection({
  insights,
  actions,
  onChanged,
}: {
  insights: ExperimentInsights | null;
  actions: ExperimentActions;
  onChanged: () => void;
}) {
  const format = useFormat();
  const [adoption, setAdoption] = useState<Adoption | null>(null);
  const shareText = (share: Share) =>
    share.share === null
      ? i18n.t('experiment.noAnswers')
      : i18n.t('experiment.shareOf', {
          share: format.percent(share.share),
          part: format.count(share.part),
          of: format.count(share.of),
        });
  const minutes = (value: number | null) => (value === null ? '—' : format.duration(value * 60_000));

  return (
    <section class="mf-section" id="experiment" aria-labelledby="mf-experiment">
      <h2 id="mf-experiment">{i18n.t('experiment.heading')}</h2>
      {insights === null || (insights.experiment.stoppedAt !== null && insights.days.length === 0) ? (
        <Enrol
          onStart={async (styles) => {
            await actions.start(styles);
            onChanged();
          }}
        />
      ) : (
        (() => {
          const { experiment, comparison, dayToday } = insights;
          const current = dayToday === null ? null : experiment.assignments[dayToday - 1]?.style;
          const leader = comparison.leader;
          const difference = comparison.difference;
          const verdict =
            comparison.verdict === 'too-early' || !difference || !comparison.runnerUp || !leader
              ? i18n.t('experiment.verdictTooEarly', { days: format.count(3) })
              : comparison.verdict === 'clear'
                ? i18n.t('experiment.verdictClear', {
                    leader: styleName(leader),
                    other: styleName(comparison.runnerUp),
                    difference: format.duration(Math.abs(difference.minutesPerDay) * 60_000),
                    low: format.duration(Math.abs(difference.high) * 60_000),
                    high: format.duration(Math.abs(difference.low) * 60_000),
                  })
                : i18n.t('experiment.verdictChance', {
                    leader: styleName(leader),
                    other: styleName(comparison.runnerUp),
                    difference: format.duration(Math.abs(difference.minutesPerDay) * 60_000),
                    less: format.duration(Math.abs(difference.low) * 60_000),
                    more: format.duration(Math.abs(difference.high) * 60_000),
                  });
          return (
            <>
              {current ? (
                <p>
                  {i18n.t('experiment.today', {
                    day: format.count(dayToday ?? 0),
                    days: format.count(EXPERIMENT_DAYS),
                    style: styleName(current),
                  })}
                </p>
              ) : (
                <p>{experiment.stoppedAt !== null ? i18n.t('experiment.stopped') : i18n.t('experiment.over')}</p>
              )}
              <table class="mf-results">
                <caption>{i18n.t('experiment.resultsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('experiment.columnStyle')}</th>
                    <th scope="col">{i18n.t('experiment.columnDays')}</th>
                    <th scope="col">{i18n.t('experiment.columnMinutes')}</th>
                    <th scope="col">{i18n.t('experiment.columnSessions')}</th>
                    <th scope="col">{i18n.t('experiment.columnLeft')}</th>
                    <th scope="col">{i18n.t('experiment.columnWorth')}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.results.map((result) => (
                    <tr key={result.style}>
                      <th scope="row">{styleName(result.style)}</th>
                      <td data-label={i18n.t('experiment.columnDays')}>{format.count(result.days)}</td>
                      <td data-label={i18n.t('experiment.columnMinutes')}>{minutes(result.minutesPerDay)}</td>
                      <td data-label={i18n.t('experiment.columnSessions')}>
                        {result.sessionsPerDay === null
                          ? '—'
                          : new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(
                              result.sessionsPerDay,
                            )}
                      </td>
                      <td data-label={i18n.t('experiment.columnLeft')}>{shareText(result.left)}</td>
                      <td data-label={i18n.t('experiment.columnWorth')}>{shareText(result.worth)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p class="mf-verdict">{verdict}</p>
              {experiment.adopted === null && leader && adoption === null && (
                <button
                  type="button"
                  class="mf-button mf-button--primary"
                  onClick={async () => {
                    setAdoption(await actions.adopt(leader));
                    onChanged();
                  }}
                >
                  {i18n.t('experiment.adopt', { style: styleName(leader) })}
                </button>
              )}
              <p role="status">
                {adoption?.kind === 'now'
                  ? i18n.t('experiment.adoptedNow')
                  : adoption?.kind === 'pending'
                    ? i18n.t('experiment.adoptedPending', { clock: format.clock(adoption.effectiveAt) })
                    : experiment.adopted
                      ? i18n.t('experiment.adopted', { style: styleName(experiment.adopted.style) })
                      : ''}
              </p>
              {dayToday !== null && (
                <button
                  type="button"
                  class="mf-button"
                  onClick={async () => {
                    await actions.stop();
                    onChanged();
                  }}
                >
                  {i18n.t('experiment.stop')}
                </button>
              )}
            </>
          );
        })()
      )}
    </section>
  );
}
