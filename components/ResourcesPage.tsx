import type { ComponentChildren, VNode } from 'preact';
import { i18n } from '#i18n';
import { useDocumentLanguage } from './i18n';

type Renderers = Record<string, (text: string) => VNode>;

const TAG = /<([a-z]+)>(.*?)<\/\1>/g;

/**
 * A message with a few marked words: `<b>…</b>` in bold, `<name>…</name>` as the element `renderers` makes for that
 * name (a link). Built as elements, never parsed as HTML; a tag nobody renders stays plain text.
 */
function rich(message: string, renderers: Renderers): ComponentChildren[] {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of message.matchAll(TAG)) {
    const [whole, name = '', text = ''] = match;
    const render = name === 'b' ? (words: string) => <strong>{words}</strong> : renderers[name];
    if (!render) continue;
    parts.push(message.slice(last, match.index), render(text));
    last = match.index + whole.length;
  }
  parts.push(message.slice(last));
  return parts;
}

const link = (href: string) => (text: string) => (
  <a href={href} rel="noreferrer" target="_blank">
    {text}
  </a>
);

/**
 * The well-being page the prompts link to. Plain, kind, and not medical advice: it points to people and
 * services that can help, and to small things that often make a feed easier to put down.
 */
export function ResourcesPage() {
  useDocumentLanguage(i18n.t('resources.title'));
  return (
    <main class="resources">
      <h1>{i18n.t('common.resources')}</h1>
      <p>{i18n.t('resources.intro')}</p>
      <h2>{i18n.t('resources.nowHeading')}</h2>
      <p>{i18n.t('resources.danger')}</p>
      <ul>
        <li>
          {rich(i18n.t('resources.helplines'), {
            iasp: link('https://www.iasp.info/crisis-centres-helplines/'),
            findahelpline: link('https://findahelpline.com'),
          })}
        </li>
        <li>{rich(i18n.t('resources.crisisTextLine'), { link: link('https://www.crisistextline.org') })}</li>
        <li>{rich(i18n.t('resources.samaritans'), { link: link('https://www.samaritans.org') })}</li>
        <li>{rich(i18n.t('resources.lifeline'), {})}</li>
        <li>{i18n.t('resources.talk')}</li>
      </ul>
      <h2>{i18n.t('resources.helpsHeading')}</h2>
      <ul>
        <li>{i18n.t('resources.tips.phoneAway')}</li>
        <li>{i18n.t('resources.tips.decide')}</li>
        <li>{i18n.t('resources.tips.notInterested')}</li>
        <li>{i18n.t('resources.tips.swap')}</li>
      </ul>
      <p class="small">{i18n.t('resources.linksNote')}</p>
    </main>
  );
}
