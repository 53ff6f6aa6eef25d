import type { Site } from '../site';
import { rednoteAdapter } from './adapter';
import { rednoteUrls } from './urls';

export const rednote: Site = { ...rednoteUrls, ...rednoteAdapter };
