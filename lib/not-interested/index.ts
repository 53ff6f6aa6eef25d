/** The "Not interested" flows: the generic engine and label tables; each site's flow lives in its own folder. */
export { type AdvanceOptions, type AdvanceOutcome, advanceUnlessMoved } from './advance';
export {
  DONT_RECOMMEND_CHANNEL,
  type LabelTable,
  matchesLabel,
  NOT_INTERESTED,
  normaliseLabel,
  SHOW_LESS,
  UNDO,
} from './labels';
export { findMenuTarget, type MenuFlowSite, type MenuTarget, runMenuFlow, unsupportedFlow } from './menu-flow';
export * from './types';
