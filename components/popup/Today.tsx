import { Fragment } from 'preact';
import type { BrowsersToday, NextStop, SiteToday, SnoozeToday, Today as TodayFigures } from '@/lib/dashboard/queries';
import type { Budget } from '@/lib/settings/schema';
import { andThen, listItems } from '../i18n';
import { type Format, useFormat } from './format';
import { Meter } from './Meter';
import { strings } from './strings';

const MINUTE = 60_000;

const hasDailyBudget = (budget: Budget) => budget.dailyMinutes !== null || budget.dailyVideos !== null;

/** With `plain`, no budget is said by saying nothing: on a site's card the all-feeds budget may still apply. */
function timeText(format: Format, activeMs: number, dailyMinutes: number | null, plain = false): string {
  const used = format.duration(activeMs);
  if (dailyMinutes === null) return plain ? used : andThen(used, strings.noBudget);
  if (dailyMinutes === 0) return andThen(used, strings.noneToday);
  const budgetMs = dailyMinutes * MINUTE;
  const figures = strings.ofBudget(used, format.budget(dailyMinutes));
  if (activeMs > budgetMs) return andThen(figures, strings.overBudget(format.duration(activeMs - budgetMs)));
  if (budgetMs - activeMs < 1000) return andThen(figures, strings.atBudget);
  return andThen(figures, strings.left(format.duration(budgetMs - activeMs)));
}

function videosText(format: Format, videos: number, dailyVideos: number | null, plain = false): string {
  const watched = strings.videos(videos, format.count(videos));
  if (dailyVideos === null) return plain ? watched : andThen(watched, strings.noBudget);
  if (dailyVideos === 0) return andThen(strings.videos(videos, format.count(videos)), strings.noneToday);
  const figures = strings.videosOf(format.count(videos), dailyVideos, format.count(dailyVideos));
  const difference = Math.abs(dailyVideos - videos);
  const amount = strings.videos(difference, format.count(difference));
  if (videos > dailyVideos) return andThen(figures, strings.overBudget(amount));
  if (videos === dailyVideos) return andThen(figures, strings.atBudget);
  return andThen(figures, strings.left(amount));
}

/**
 * Time and videos against the day's budget, as two meters. A site with no daily budget of its own shows its
 * figures on one line: the all-feeds budget is told once, on its own card.
 */
function Usage({
  name,
  usage,
  budget,
  ownBudgetOnly = false,
}: {
  name: string;
  usage: { activeMs: number; videos: number };
  budget: Budget;
  ownBudgetOnly?: boolean;
}) {
  const format = useFormat();
  if (ownBudgetOnly && !hasDailyBudget(budget)) {
    return (
      <p class="mf-figures-line">
        {strings.figures(format.duration(usage.activeMs), strings.videos(usage.videos, format.count(usage.videos)))}
      </p>
    );
  }
  return (
    <>
      <Meter
        name={strings.measureTime}
        label={strings.timeLabel(name)}
        value={usage.activeMs / MINUTE}
        max={budget.dailyMinutes || null}
        text={timeText(format, usage.activeMs, budget.dailyMinutes, ownBudgetOnly)}
      />
      <Meter
        name={strings.measureVideos}
        label={strings.videosLabel(name)}
        value={usage.videos}
        max={budget.dailyVideos || null}
        text={videosText(format, usage.videos, budget.dailyVideos, ownBudgetOnly)}
      />
    </>
  );
}

function nextText(format: Format, next: NextStop): string {
  switch (next.kind) {
    case 'break-in':
      return strings.breakIn(format.duration(next.ms));
    case 'limit-in':
      return strings.limitIn(format.duration(next.ms));
    case 'break-due':
      return strings.breakDue;
    case 'limit-reached':
    case 'limit-snoozed':
      return strings.limitReached(next.reason);
  }
}

/** A site earns a card once it was watched today, has a budget today, or has something to say about limits. */
function worthShowing(site: SiteToday): boolean {
  return (
    site.activeMs > 0 ||
    site.videos > 0 ||
    site.snooze.until !== null ||
    (site.tracked && hasDailyBudget(site.budget)) ||
    site.next?.kind === 'limit-reached' ||
    site.next?.kind === 'limit-snoozed'
  );
}

/** What stops the feed next, and the snoozes of the limits a card is about: each limit's snoozes show once. */
function limitStatus(
  format: Format,
  { next, snooze }: { next: NextStop | null; snooze: SnoozeToday },
  tracked = true,
): string[] {
  // Snoozes are news once a limit is reached or one was used; before that they would crowd what comes next.
  const limitsApply = next?.kind === 'limit-reached' || next?.kind === 'limit-snoozed';
  const showSnoozes =
    tracked && snooze.perDay > 0 && (snooze.until !== null || snooze.left < snooze.perDay || limitsApply);
  return [
    next ? nextText(format, next) : null,
    snooze.until !== null ? strings.snoozedUntil(format.clock(snooze.until)) : null,
    showSnoozes ? strings.snoozesLeft(snooze.left, format.count(snooze.left)) : null,
  ].filter((part): part is string => part !== null);
}

function SiteCard({ site }: { site: SiteToday }) {
  const format = useFormat();
  const status = limitStatus(format, site);
  return (
    <li class="mf-card">
      <h3 class="mf-card-title">{strings.siteName(site.name)}</h3>
      {status.length > 0 && <p class="mf-status mf-status--next">{status.join(' · ')}</p>}
      <Usage name={site.name} usage={site} budget={site.budget} ownBudgetOnly />
    </li>
  );
}

/** "Your browsers": this browser and each other one by name, then all together (what the budgets count). */
function BrowsersCard({ browsers }: { browsers: BrowsersToday }) {
  const format = useFormat();
  const figures = (usage: { activeMs: number; videos: number }) =>
    strings.figures(format.duration(usage.activeMs), strings.videos(usage.videos, format.count(usage.videos)));
  return (
    <div class="mf-card mf-browsers">
      <h3 class="mf-card-title">{strings.browsersHeading}</h3>
      <dl class="mf-browser-list">
        <dt>{strings.thisBrowser(browsers.thisBrowser.name)}</dt>
        <dd>{figures(browsers.thisBrowser)}</dd>
        {browsers.others.map((other) => (
          <Fragment key={other.device}>
            <dt>{strings.otherBrowser(other.name, format.clock(other.at))}</dt>
            <dd>{figures(other.all)}</dd>
          </Fragment>
        ))}
        <dt>{strings.allBrowsers}</dt>
        <dd>{figures(browsers.all)}</dd>
      </dl>
      <p class="mf-muted">{strings.browsersNote}</p>
    </div>
  );
}

/**
 * Today, the first thing in the popup: all feeds together first (what stops the feed next, then the figures against
 * the all-feeds budget), then each site used today with its own limits, and the sites not used today on one line.
 */
export function Today({
  today,
  now,
  pausedUntil,
  browsers = null,
}: {
  today: TodayFigures;
  now: number;
  pausedUntil: number | null;
  browsers?: BrowsersToday | null;
}) {
  const format = useFormat();
  const shown = today.sites.filter((site) => site.tracked && worthShowing(site));
  const unused = today.sites.filter((site) => site.tracked && !worthShowing(site));
  const untracked = today.sites.filter((site) => !site.tracked);
  const names = (sites: SiteToday[]) => listItems(sites.map((site) => strings.siteName(site.name)));
  const session = today.all.session;
  const allStatus = limitStatus(format, today.all);
  return (
    <section class="mf-section mf-today" aria-labelledby="mf-today">
      <h2 id="mf-today">{strings.today}</h2>
      <p class="mf-muted">
        {format.longDay(today.date)} · {strings.dayType(today.dayType)}
      </p>
      {pausedUntil !== null && pausedUntil > now && (
        <p class="mf-note">{strings.pausedNote(format.clock(pausedUntil))}</p>
      )}
      <div class="mf-card mf-card--all">
        <h3 class="mf-card-title">{strings.allFeeds}</h3>
        {allStatus.length > 0 && <p class="mf-status mf-status--next">{allStatus.join(' · ')}</p>}
        <Usage name={strings.allFeeds} usage={today.all} budget={today.all.budget} />
        <p class="mf-status">
          {session
            ? strings.session(format.duration(session.activeMs), format.clock(session.startedAt))
            : strings.noSession}
        </p>
      </div>
      {browsers && <BrowsersCard browsers={browsers} />}
      {shown.length > 0 && (
        <ul class="mf-cards">
          {shown.map((site) => (
            <SiteCard key={site.site} site={site} />
          ))}
        </ul>
      )}
      {shown.length === 0 ? (
        <p class="mf-muted">{strings.nothingYet}</p>
      ) : (
        unused.length > 0 && <p class="mf-muted">{strings.notUsedToday(names(unused))}</p>
      )}
      {untracked.length > 0 && <p class="mf-muted">{strings.notTracked(names(untracked))}</p>}
    </section>
  );
}
