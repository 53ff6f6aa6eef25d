import { i18n } from '#i18n';
import { localName } from '../i18n';

// Every user-visible word of the in-page controls, from the browser's i18n (locales/*.yml, under `controls`).
// They run in content scripts, where browser.i18n.getMessage works too.
export const controlStrings = {
  get notInterested() {
    return i18n.t('controls.notInterested');
  },
  notInterestedTitle: (shortcut: string) => i18n.t('controls.notInterestedTitle', { shortcut }),
  done: (siteName: string) => i18n.t('controls.done', { site: localName(siteName) }),
  get undo() {
    return i18n.t('controls.undo');
  },
  get undone() {
    return i18n.t('controls.undone');
  },
  notFound: (siteName: string) => i18n.t('controls.notFound', { site: localName(siteName) }),
  get noVideo() {
    return i18n.t('controls.noVideo');
  },
  unsupported: (siteName: string) => i18n.t('controls.unsupported', { site: localName(siteName) }),
  unsupportedHere: (siteName: string) => i18n.t('controls.unsupportedHere', { site: localName(siteName) }),
};
