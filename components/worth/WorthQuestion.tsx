import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { WORTH_ANSWERS, type WorthAnswer, type WorthSource, type WorthState } from '@/lib/worth/answers';
import { useFormat } from '../popup/format';

const ANSWER_LABEL: Record<WorthAnswer, () => string> = {
  worth: () => i18n.t('worth.answerWorth'),
  'so-so': () => i18n.t('worth.answerSoSo'),
  'not-really': () => i18n.t('worth.answerNotReally'),
};

export const answerLabel = (answer: WorthAnswer) => ANSWER_LABEL[answer]();

/**
 * "Was that worth it?" about the last session of 5 minutes or more, once, one tap, never in the way: nothing waits
 * for it and nothing else on the page changes with it. Under it, the share of sessions that felt worth it.
 */
export function WorthQuestion({ source, showShare = true }: { source: WorthSource; showShare?: boolean }) {
  const format = useFormat();
  const [state, setState] = useState<WorthState | null>(null);
  const [answered, setAnswered] = useState<WorthAnswer | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    source.take().then(setState, () => undefined);
  }, [source]);

  if (state === null) return null;
  const { question, last30Days } = state;
  const share = last30Days.share;
  if (question === null && (!showShare || share === null)) return null;

  const answer = async (given: WorthAnswer) => {
    if (!question || answered) return;
    setFailed(false);
    try {
      await source.answer(question.start, given);
      setAnswered(given);
    } catch {
      setFailed(true);
    }
  };

  return (
    <section class="mf-section mf-worth" aria-labelledby="mf-worth">
      <h2 id="mf-worth">{question ? i18n.t('worth.question') : i18n.t('worth.heading')}</h2>
      {question && (
        <>
          <p class="mf-muted">
            {i18n.t('worth.about', { duration: format.duration(question.activeMs), clock: format.clock(question.end) })}
          </p>
          {answered === null ? (
            <fieldset class="mf-buttons mf-worth-answers">
              <legend class="mf-visually-hidden">{i18n.t('worth.question')}</legend>
              {WORTH_ANSWERS.map((option) => (
                <button key={option} type="button" class="mf-button" onClick={() => void answer(option)}>
                  {answerLabel(option)}
                </button>
              ))}
            </fieldset>
          ) : null}
          <p role="status">{answered ? i18n.t('worth.noted', { answer: answerLabel(answered) }) : ''}</p>
          {failed && <p role="alert">{i18n.t('worth.failed')}</p>}
        </>
      )}
      {showShare && share !== null && (
        <p>
          {i18n.t('worth.share', {
            share: format.percent(share),
            worth: format.count(last30Days.worth),
            answered: format.count(last30Days.answered),
          })}
        </p>
      )}
    </section>
  );
}
