import type { NextStop, SiteToday, SnoozeToday, Today as TodayFigures } from '@/lib/dashboard/queries';
import type { Budget } from '@/lib/settings/schema';
import { andThen } from '../i18n';
import { type Format, useFormat } from './format';
import { Meter } from './Meter';
import { strings } from './strings';

const MINUTE = 60_000;

function timeText(format: Format, activeMs: number, dailyMinutes: number | null): string {
  const used = format.duration(activeMs);
  if (dailyMinutes === null) return andThen(used, strings.noBudget);
  const budgetMs = dailyMinutes * MINUTE;
  const figures = strings.ofBudget(used, format.duration(budgetMs));
  if (activeMs > budgetMs) return andThen(figures, strings.overBudget(format.duration(activeMs - budgetMs)));
  if (budgetMs - activeMs < 1000) return andThen(figures, strings.atBudget);
  return andThen(figures, strings.left(format.duration(budgetMs - activeMs)));
}

function videosText(format: Format, videos: number, dailyVideos: number | null): string {
  if (dailyVideos === null) return andThen(strings.videos(videos, format.count(videos)), strings.noBudget);
  const figures = strings.videosOf(format.count(videos), dailyVideos, format.count(dailyVideos));
  const difference = Math.abs(dailyVideos - videos);
  const amount = strings.videos(difference, format.count(difference));
  if (videos > dailyVideos) return andThen(figures, strings.overBudget(amount));
  if (videos === dailyVideos) return andThen(figures, strings.atBudget);
  return andThen(figures, strings.left(amount));
}

/** Time and videos against the day's budget, as two meters (plain figures when no budget is set). */
function Usage({ name, usage, budget }: { name: string; usage: { activeMs: number; videos: number }; budget: Budget }) {
  const format = useFormat();
  return (
    <>
      <Meter
        name={strings.measureTime}
        label={strings.timeLabel(name)}
        value={usage.activeMs / MINUTE}
        max={budget.dailyMinutes}
        text={timeText(format, usage.activeMs, budget.dailyMinutes)}
      />
      <Meter
        name={strings.measureVideos}
        label={strings.videosLabel(name)}
        value={usage.videos}
        max={budget.dailyVideos}
        text={videosText(format, usage.videos, budget.dailyVideos)}
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

const hasDailyBudget = (budget: Budget) => budget.dailyMinutes !== null || budget.dailyVideos !== null;

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
  { next, snooze, budget }: { next: NextStop | null; snooze: SnoozeToday; budget: Budget },
  tracked = true,
): string[] {
  const limitsApply = hasDailyBudget(budget) || next?.kind.startsWith('limit') === true;
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
  const status = [...(site.tracked ? [] : [strings.notTracked]), ...limitStatus(format, site, site.tracked)];
  return (
    <li class="mf-card">
      <h3 class="mf-card-title">{strings.siteName(site.name)}</h3>
      <Usage name={site.name} usage={site} budget={site.budget} />
      {status.length > 0 && <p class="mf-status">{status.join(' · ')}</p>}
    </li>
  );
}

export function Today({ today, now, pausedUntil }: { today: TodayFigures; now: number; pausedUntil: number | null }) {
  const format = useFormat();
  const sites = today.sites.filter(worthShowing);
  const session = today.all.session;
  const allStatus = limitStatus(format, today.all);
  return (
    <section class="mf-section" aria-labelledby="mf-today">
      <h2 id="mf-today">{strings.today}</h2>
      <p class="mf-muted">
        {format.longDay(today.date)} · {strings.dayType(today.dayType)}
      </p>
      {pausedUntil !== null && pausedUntil > now && (
        <p class="mf-note">{strings.pausedNote(format.clock(pausedUntil))}</p>
      )}
      <div class="mf-card mf-card--all">
        <h3 class="mf-card-title">{strings.allFeeds}</h3>
        <Usage name={strings.allFeeds} usage={today.all} budget={today.all.budget} />
        <p class="mf-status">
          {session
            ? strings.session(format.duration(session.activeMs), format.clock(session.startedAt))
            : strings.noSession}
        </p>
        {allStatus.length > 0 && <p class="mf-status">{allStatus.join(' · ')}</p>}
      </div>
      {sites.length > 0 ? (
        <ul class="mf-cards">
          {sites.map((site) => (
            <SiteCard key={site.site} site={site} />
          ))}
        </ul>
      ) : (
        <p class="mf-muted">{strings.nothingYet}</p>
      )}
    </section>
  );
}
