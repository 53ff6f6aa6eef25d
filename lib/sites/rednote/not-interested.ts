import { unsupportedFlow } from '../../not-interested/menu-flow';
import type { SiteNotInterested } from '../../not-interested/types';

/**
 * RedNote (Xiaohongshu) web has no "不感兴趣" (not interested) action: none found in public code, only in Android
 * automation. The flow answers 'unsupported' without touching the page; there is no swipe feed to advance either.
 */
export const rednoteNotInterested: SiteNotInterested = {
  supported: false,
  notInterested: () => unsupportedFlow(),
  goToNext: () => false,
};
