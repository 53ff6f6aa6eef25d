import { palette as promptPalette } from '../prompts/styles';

/**
 * The options page's colours: the prompts' palette (its pairs are contrast-checked in
 * tests/components/prompts/styles.test.ts) plus the few this page adds, checked in the options tests.
 */
export const palette = {
  light: { ...promptPalette.light, error: '#b3261e', danger: '#b3261e', onDanger: '#ffffff', pending: '#7a4d00' },
  dark: { ...promptPalette.dark, error: '#ffb4ab', danger: '#ffb4ab', onDanger: '#410002', pending: '#f5c46b' },
} as const;

type Palette = (typeof palette)[keyof typeof palette];

const variables = (colours: Palette) =>
  Object.entries(colours)
    .map(([name, value]) => `--mf-${name}: ${value};`)
    .join(' ');

export const optionsStyles = `
:root { ${variables(palette.light)} color-scheme: light; }
@media (prefers-color-scheme: dark) {
  :root { ${variables(palette.dark)} color-scheme: dark; }
}
*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0;
  background: var(--mf-surface);
  color: var(--mf-text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.5;
}
.options { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; overflow-wrap: anywhere; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 0 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--mf-link); }
:focus-visible { outline: 3px solid var(--mf-focus); outline-offset: 2px; }
h1:focus, [tabindex="-1"]:focus:not(:focus-visible) { outline: none; }
.intro { margin: 0 0 1rem; }
.muted, .hint { color: var(--mf-muted); }
.hint { margin: 0.25rem 0 0; font-size: 0.925rem; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0;
}
.toc ul { display: flex; flex-wrap: wrap; gap: 0 0.25rem; list-style: none; padding: 0; margin: 0.5rem 0 1rem; }
/* Links a thumb can hit: 44 px tall at the least. */
.toc a { display: inline-flex; align-items: center; min-height: 2.75rem; padding: 0 0.6rem; border-radius: 8px; }
.section { margin: 1.25rem 0; padding: 1.25rem; border: 1px solid var(--mf-border); border-radius: 12px; min-width: 0; }
fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
legend { padding: 0; font-weight: 600; }
.group { margin: 0 0 1.25rem; }
.more > summary { display: list-item; min-height: 2.75rem; padding: 0.6rem 0; box-sizing: border-box; cursor: pointer; font-weight: 600; }
.group > legend { font-size: 1.05rem; margin-bottom: 0.5rem; }
.subgroup > legend { font-weight: 600; margin-bottom: 0.25rem; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0.75rem 1.5rem; }
.columns--narrow { grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); }
.field { margin: 0.5rem 0 0.75rem; }
.field > label { display: block; margin-bottom: 0.25rem; }
input[type="text"], input[type="time"], input[type="file"] {
  font: inherit; color: var(--mf-text); background: var(--mf-field); max-width: 100%;
  border: 1px solid var(--mf-border); border-radius: 8px; padding: 0.4rem 0.6rem; min-height: 2.75rem;
}
input[type="file"] { width: 100%; }
input[aria-invalid="true"] { border: 2px solid var(--mf-error); }
input[type="checkbox"], input[type="radio"] {
  width: 1.5rem; height: 1.5rem; margin: 0.6rem 0 0; accent-color: var(--mf-primary);
}
/* The label is the touch target: a row at least 44 px tall. */
.disclosure > summary { display: flex; align-items: center; min-height: 2.75rem; cursor: pointer; }
.check { display: grid; grid-template-columns: auto 1fr; gap: 0 0.6rem; align-items: start; margin: 0; }
.check > label { display: block; min-height: 2.75rem; padding: 0.6rem 0; cursor: pointer; }
.check > .hint, .check > .pending { grid-column: 2; margin: -0.4rem 0 0.5rem; }
.day-list, .choice-list, .check-list { display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
.choice-list { margin-bottom: 0.5rem; }
.budget-grid {
  display: grid; grid-template-columns: minmax(6rem, 1fr) minmax(5.5rem, 10rem) minmax(5.5rem, 10rem);
  gap: 0.25rem 0.75rem; align-items: start;
}
.budget-grid .field { margin: 0; }
.budget-grid input[type="text"] { width: 100%; }
.budget-day { font-weight: 600; }
.budget-day .muted { display: block; font-weight: 400; font-size: 0.875rem; }
.budget-kind { padding-top: 0.55rem; }
.welcome ul { padding-inline-start: 1.25rem; }
.see-list li { margin-bottom: 0.5rem; }
.error { margin: 0.25rem 0 0; color: var(--mf-error); font-weight: 600; }
.pending { margin: 0.25rem 0 0; color: var(--mf-pending); font-weight: 600; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 1rem; }
.facts dt { color: var(--mf-muted); }
.facts dd { margin: 0; }
kbd {
  font: inherit; font-weight: 600; padding: 0.05rem 0.4rem;
  border: 1px solid var(--mf-border); border-radius: 6px; background: var(--mf-secondary); color: var(--mf-onSecondary);
}
.actions, .save-row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem; margin: 0.75rem 0; }
.button {
  font: inherit; font-weight: 600; min-height: 2.75rem; padding: 0.5rem 1.1rem; cursor: pointer;
  border-radius: 10px; border: 1px solid var(--mf-border); background: var(--mf-secondary); color: var(--mf-onSecondary);
}
.button--primary { background: var(--mf-primary); color: var(--mf-onPrimary); border-color: var(--mf-primary); }
.button--danger { background: var(--mf-danger); color: var(--mf-onDanger); border-color: var(--mf-danger); }
.button--quiet { background: none; }
.link-button {
  font: inherit; padding: 0 0.25rem; border: 0; background: none; color: var(--mf-link);
  text-decoration: underline; cursor: pointer; min-height: 2.75rem; min-width: 2.75rem;
}
.button-link { display: inline-flex; align-items: center; min-height: 2.75rem; padding: 0 0.5rem; font-weight: 600; }
.save-bar {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem; margin: 1.25rem 0;
  padding: 0.75rem 1rem; border-radius: 12px; background: var(--mf-surface);
}
/* While something typed is not saved, Save stays in sight at the bottom of the window. */
.save-bar--unsaved {
  position: sticky; bottom: 0; z-index: 1; border: 2px solid var(--mf-primary);
  box-shadow: 0 -4px 16px rgba(0, 0, 0, 0.15);
}
.unsaved { margin: 0; font-weight: 600; }
.status { margin: 0; min-height: 1.5em; }
.status--error { color: var(--mf-error); font-weight: 600; }
.page-status:empty { padding: 0; }
.page-status { padding: 0.75rem 1rem; border-radius: 10px; background: var(--mf-secondary); color: var(--mf-onSecondary); }
.confirm { margin: 0.75rem 0; padding: 1rem; border: 2px solid var(--mf-danger); border-radius: 10px; }
.confirm-question { margin: 0 0 0.5rem; font-weight: 600; }
footer { margin-top: 2rem; }
@media (max-width: 30rem) {
  .options { padding: 1rem 0.75rem 3rem; }
  .section { padding: 1rem 0.75rem; }
  h1 { font-size: 1.5rem; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;
