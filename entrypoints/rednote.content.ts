import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { rednote } from '@/lib/sites/rednote';

export default defineContentScript({
  matches: [...rednote.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, rednote),
});
