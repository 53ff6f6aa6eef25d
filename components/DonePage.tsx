import { i18n } from '#i18n';
import type { WorthSource } from '@/lib/worth/answers';
import { useDocumentLanguage } from './i18n';
import { WorthQuestion } from './worth/WorthQuestion';

/**
 * Where "I'm done" leaves the last tab of a window (closing it would close the window): a calm page that says what
 * happened, and nothing to scroll.
 */
export function DonePage({ worth }: { worth?: WorthSource }) {
  useDocumentLanguage(i18n.t('done.title'));
  return (
    <main class="resources done">
      <h1>{i18n.t('done.heading')}</h1>
      <p>{i18n.t('done.text')}</p>
      <p>{i18n.t('done.next')}</p>
      {worth && <WorthQuestion source={worth} showShare={false} />}
      <p class="small">
        {i18n.t('common.support')} <a href="/resources.html">{i18n.t('common.resources')}</a>
      </p>
    </main>
  );
}
