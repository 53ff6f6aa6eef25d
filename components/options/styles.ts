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
.options { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
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
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 1rem 0; }
.section { margin: 2rem 0; padding: 1.25rem; border: 1px solid var(--mf-border); border-radius: 12px; }
fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
legend { padding: 0; font-weight: 600; }
.group { margin: 0 0 1.25rem; }
.group > legend { font-size: 1.05rem; margin-bottom: 0.5rem; }
.subgroup > legend { font-weight: 600; margin-bottom: 0.25rem; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0.75rem 1.5rem; }
.columns--narrow { grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); }
.field { margin: 0.5rem 0 0.75rem; }
.field > label { display: block; margin-bottom: 0.25rem; }
input[type="text"], input[type="time"], input[type="file"] {
  font: inherit; color: var(--mf-text); background: var(--mf-field);
  border: 1px solid var(--mf-border); border-radius: 8px; padding: 0.4rem 0.6rem; min-height: 2.5rem;
}
input[aria-invalid="true"] { border: 2px solid var(--mf-error); }
input[type="checkbox"], input[type="radio"] { width: 1.15rem; height: 1.15rem; margin: 0.2rem 0 0; accent-color: var(--mf-primary); }
.check { display: grid; grid-template-columns: auto 1fr; gap: 0 0.6rem; align-items: start; margin: 0.5rem 0; }
.check > .hint, .check > .pending { grid-column: 2; }
.day-list { display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
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
.link-button {
  font: inherit; padding: 0; border: 0; background: none; color: var(--mf-link);
  text-decoration: underline; cursor: pointer;
}
.status { margin: 0; min-height: 1.5em; }
.status--error { color: var(--mf-error); font-weight: 600; }
.page-status:empty { padding: 0; }
.page-status { padding: 0.75rem 1rem; border-radius: 10px; background: var(--mf-secondary); color: var(--mf-onSecondary); }
.confirm { margin: 0.75rem 0; padding: 1rem; border: 2px solid var(--mf-danger); border-radius: 10px; }
.confirm-question { margin: 0 0 0.5rem; font-weight: 600; }
footer { margin-top: 2rem; }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;
