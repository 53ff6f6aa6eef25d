import type { Site } from '../site';
import { rednoteUrls } from './urls';

export const rednote: Site = { ...rednoteUrls };
