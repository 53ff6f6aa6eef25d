/** The "Not interested" flows: the generic engine and label tables; each site's flow lives in its own folder. */
export { type AdvanceOptions, type AdvanceOutcome, advanceUnlessMoved } from './advance';
export { type ControlEvidence, findItemControl } from './controls';
export {
  DONT_RECOMMEND_CHANNEL,
  LABEL_TABLES,
  type LabelTable,
  labelsOf,
  MORE,
  MORE_ACTIONS,
  matchesAnyLabel,
  matchesLabel,
  NEXT_CARD,
  NEXT_VIDEO,
  NOT_INTERESTED,
  normaliseLabel,
  SHOW_LESS,
  UNDO,
  type Wording,
} from './labels';
export {
  findMenuTarget,
  type MenuFlowSite,
  type MenuTarget,
  openMenus,
  runMenuFlow,
  unsupportedFlow,
  unsupportedLayoutFlow,
} from './menu-flow';
export { MENU_ROLES, rowTexts, shownMenus } from './menus';
export * from './types';
