import type { Effect as EffectFigures } from '@/lib/dashboard/queries';
import type { PromptKind } from '@/lib/limits/decide';
import { useFormat } from './format';
import { strings } from './strings';

const KINDS: PromptKind[] = ['nudge', 'breathing', 'intention', 'limit'];

/** Whether the interruptions help: what was shown, how often it led away from the feed, and the streak. */
export function Effect({ effect }: { effect: EffectFigures }) {
  const format = useFormat();
  const { backOut, streak } = effect;
  return (
    <section class="mf-section" aria-labelledby="mf-effect">
      <h2 id="mf-effect">{strings.effect}</h2>
      <dl class="mf-facts">
        <dt>{strings.promptsShown}</dt>
        <dd>
          <ul class="mf-inline">
            {KINDS.map((kind) => (
              <li key={kind}>
                {strings.promptKind[kind]} <strong>{format.count(effect.promptsShown[kind])}</strong>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{strings.backOut}</dt>
        <dd>
          {backOut.rate === null
            ? strings.backOutNone
            : strings.backOutValue(
                format.count(backOut.left),
                format.count(backOut.answered),
                format.percent(backOut.rate),
              )}
        </dd>
        <dt>{strings.notInterested}</dt>
        <dd>
          {strings.notInterestedValue(
            format.count(effect.notInterested.today),
            format.count(effect.notInterested.last30Days),
          )}
        </dd>
        <dt>{strings.streak}</dt>
        <dd>
          {!streak.budgetsSet
            ? strings.streakNoBudget
            : streak.days === 0
              ? strings.streakNone
              : strings.streakDays(streak.days, format.count(streak.days), streak.throughToday)}
        </dd>
      </dl>
    </section>
  );
}
