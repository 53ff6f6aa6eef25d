import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ExperimentActions } from '@/lib/experiment/actions';
import type { Insights, Period } from '@/lib/insights/queries';
import type { PromptKind } from '@/lib/limits/decide';
import { OUTCOME_KINDS } from '@/lib/limits/outcomes';
import { SITE_URLS } from '@/lib/sites/catalog';
import { currentTimeZone } from '@/lib/tracking/local-time';
import { localName, uiLocale, useDocumentLanguage } from './i18n';
import { BarChart } from './insights/BarChart';
import { ExperimentSection } from './insights/ExperimentSection';
import { createFormat, type Format, FormatProvider, useFormat } from './popup/format';
import { HourPattern } from './popup/HourPattern';

const KINDS: PromptKind[] = ['nudge', 'breathing', 'intention', 'limit'];

function PeriodChart({ period }: { period: Period }) {
  const format = useFormat();
  const bars = SITE_URLS.map((site) => {
    const figures = period.sites.find((row) => row.site === site.id);
    const ms = figures?.activeMs ?? 0;
    return {
      label: localName(site.name),
      value: ms,
      shown: i18n.t('insights.siteFigures', {
        time: format.duration(ms),
        videos: i18n.t('popup.videos', figures?.videos ?? 0, { count: format.count(figures?.videos ?? 0) }),
        sessions: i18n.t('insights.sessions', figures?.sessions ?? 0, { count: format.count(figures?.sessions ?? 0) }),
      }),
    };
  });
  const summary = i18n.t('insights.periodSummary', {
    days: format.count(period.days),
    total: format.duration(period.activeMs),
    videos: format.count(period.videos),
  });
  return (
    <>
      <h3>{i18n.t('insights.lastDays', { days: format.count(period.days) })}</h3>
      <p>{summary}</p>
      <BarChart
        bars={bars}
        summary={summary}
        columns={[i18n.t('insights.columnSite'), i18n.t('insights.columnFigures')]}
      />
    </>
  );
}

function Baseline({ insights, format }: { insights: Insights; format: Format }) {
  const { baseline } = insights;
  if (baseline.status !== 'ready') return <p class="mf-muted">{i18n.t('popup.baselineNotEnough')}</p>;
  const summary = i18n.t('popup.baselineDetail', {
    last: format.duration(baseline.lastWeekDailyMs),
    first: format.duration(baseline.firstWeekDailyMs),
  });
  return (
    <>
      <p class="mf-figure">{i18n.t('popup.baselineChange', { change: format.percent(baseline.change, true) })}</p>
      <BarChart
        summary={summary}
        columns={[i18n.t('insights.columnWeek'), i18n.t('insights.columnPerDay')]}
        bars={[
          {
            label: i18n.t('insights.firstWeek'),
            value: baseline.firstWeekDailyMs,
            shown: format.duration(baseline.firstWeekDailyMs),
          },
          {
            label: i18n.t('insights.lastWeek'),
            value: baseline.lastWeekDailyMs,
            shown: format.duration(baseline.lastWeekDailyMs),
          },
        ]}
      />
    </>
  );
}

const OUTCOME_KIND_NAMES = {
  'shared-clip': 'insights.kindSharedClip',
  greyscale: 'insights.kindGreyscale',
  'slow-swipe': 'insights.kindSlowSwipe',
} as const;

/** The card after a clip sent to you and the two kinds of friction: how often each came, and what followed. */
function ClipsAndFriction({ prompts, format }: { prompts: Insights['prompts']; format: Format }) {
  const kinds = OUTCOME_KINDS.filter((kind) => prompts.kinds[kind].shown > 0 || prompts.kinds[kind].watchedMs > 0);
  return (
    <section class="mf-section" aria-labelledby="mf-clips-friction">
      <h2 id="mf-clips-friction">{i18n.t('insights.clipsAndFriction')}</h2>
      {kinds.length === 0 ? (
        <p>{i18n.t('insights.clipsAndFrictionNone')}</p>
      ) : (
        <table class="mf-results">
          <thead>
            <tr>
              <th scope="col">{i18n.t('insights.columnKind')}</th>
              <th scope="col">{i18n.t('insights.columnShown')}</th>
              <th scope="col">{i18n.t('insights.columnLeft')}</th>
              <th scope="col">{i18n.t('insights.columnKeptGoing')}</th>
              <th scope="col">{i18n.t('insights.columnWatchedUnder')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => {
              const figures = prompts.kinds[kind];
              return (
                <tr key={kind}>
                  <th scope="row">{i18n.t(OUTCOME_KIND_NAMES[kind])}</th>
                  <td data-label={i18n.t('insights.columnShown')}>{format.count(figures.shown)}</td>
                  <td data-label={i18n.t('insights.columnLeft')}>{format.count(figures.left)}</td>
                  <td data-label={i18n.t('insights.columnKeptGoing')}>{format.count(figures.continued)}</td>
                  <td data-label={i18n.t('insights.columnWatchedUnder')}>
                    {kind === 'shared-clip' ? '—' : format.duration(figures.watchedMs)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Body({
  insights,
  experiment,
  reload,
}: {
  insights: Insights;
  experiment: ExperimentActions;
  reload: () => void;
}) {
  const format = useFormat();
  const { prompts, worth } = insights;
  const outcomes = [
    { label: i18n.t('insights.outcomeLeft'), value: prompts.left },
    { label: i18n.t('insights.outcomeContinued'), value: prompts.continued },
    { label: i18n.t('insights.outcomeSnoozed'), value: prompts.snoozed },
    { label: i18n.t('insights.outcomeOverride'), value: prompts.overrides },
  ];
  const answers = [
    { label: i18n.t('worth.answerWorth'), value: worth.worth },
    { label: i18n.t('worth.answerSoSo'), value: worth.soSo },
    { label: i18n.t('worth.answerNotReally'), value: worth.notReally },
  ];
  const counted = (rows: { label: string; value: number }[]) =>
    rows.map((row) => ({ ...row, shown: format.count(row.value) }));
  return (
    <>
      <section class="mf-section" aria-labelledby="mf-by-site">
        <h2 id="mf-by-site">{i18n.t('insights.bySite')}</h2>
        <PeriodChart period={insights.last7} />
        <PeriodChart period={insights.last30} />
      </section>
      <section class="mf-section" aria-labelledby="mf-hours">
        <h2 id="mf-hours">{i18n.t('popup.hours')}</h2>
        <HourPattern hours={insights.hours} />
      </section>
      <section class="mf-section" aria-labelledby="mf-baseline">
        <h2 id="mf-baseline">{i18n.t('popup.baseline')}</h2>
        <Baseline insights={insights} format={format} />
      </section>
      <section class="mf-section" aria-labelledby="mf-prompts">
        <h2 id="mf-prompts">{i18n.t('insights.prompts')}</h2>
        <p>
          {i18n.t('insights.promptsShown', {
            list: KINDS.map(
              (kind) => `${i18n.t(`popup.promptKind.${kind}`)} ${format.count(prompts.shown[kind])}`,
            ).join(' · '),
          })}
        </p>
        <BarChart
          bars={counted(outcomes)}
          summary={
            prompts.backOut.rate === null
              ? i18n.t('popup.backOutNone')
              : i18n.t('popup.backOutValue', {
                  rate: format.percent(prompts.backOut.rate),
                  left: format.count(prompts.backOut.left),
                  answered: format.count(prompts.backOut.answered),
                })
          }
          columns={[i18n.t('insights.columnThen'), i18n.t('insights.columnTimes')]}
        />
      </section>
      <ClipsAndFriction prompts={prompts} format={format} />
      <section class="mf-section" aria-labelledby="mf-worth-answers">
        <h2 id="mf-worth-answers">{i18n.t('worth.heading')}</h2>
        <BarChart
          bars={counted(answers)}
          summary={
            worth.share === null
              ? i18n.t('insights.worthNone')
              : i18n.t('worth.share', {
                  share: format.percent(worth.share),
                  worth: format.count(worth.worth),
                  answered: format.count(worth.answered),
                })
          }
          columns={[i18n.t('insights.columnAnswer'), i18n.t('insights.columnTimes')]}
        />
      </section>
      <ExperimentSection insights={insights.experiment} actions={experiment} onChanged={reload} />
    </>
  );
}

export interface InsightsPageProps {
  load: () => Promise<Insights>;
  experiment: ExperimentActions;
  locale?: string;
  timeZone?: string;
}

/** The full-tab insights page, linked from the popup: more figures than the popup, each chart with its table. */
export function InsightsPage({
  load,
  experiment,
  locale = uiLocale(),
  timeZone = currentTimeZone(),
}: InsightsPageProps) {
  const format = useMemo(() => createFormat(locale, timeZone), [locale, timeZone]);
  useDocumentLanguage(i18n.t('insights.title'));
  const [insights, setInsights] = useState<Insights | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(() => {
    load().then(setInsights, () => setFailed(true));
  }, [load]);
  useEffect(reload, [reload]);
  return (
    <FormatProvider value={format}>
      <main class="mf-popup mf-insights">
        <h1 class="mf-title">{i18n.t('insights.heading')}</h1>
        {failed && (
          <p class="mf-error" role="alert">
            {i18n.t('popup.storageError')}
          </p>
        )}
        {insights === null && !failed && <p class="mf-muted">{i18n.t('popup.loading')}</p>}
        {insights !== null && <Body insights={insights} experiment={experiment} reload={reload} />}
      </main>
    </FormatProvider>
  );
}
