import type { SiteUrls } from './types';

/** Everything the runtime knows about one site; each site folder exports one. */
export type Site = SiteUrls;
