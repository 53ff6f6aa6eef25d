import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { facebookReels } from '@/lib/sites/facebook-reels';

export default defineContentScript({
  matches: [...facebookReels.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, facebookReels),
});
