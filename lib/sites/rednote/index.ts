import type { Site } from '../site';
import { rednoteAdapter } from './adapter';
import { rednoteNotInterested } from './not-interested';
import { rednoteUrls } from './urls';

export const rednote: Site = { ...rednoteUrls, ...rednoteAdapter, notInterested: rednoteNotInterested };
