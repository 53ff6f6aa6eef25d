import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { instagramReels } from '@/lib/sites/instagram-reels';

export default defineContentScript({
  matches: [...instagramReels.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, instagramReels),
});
