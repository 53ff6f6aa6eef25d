/**
 * The prompts' own colours, one set per colour scheme. The card is opaque, so these pairs are all that decide
 * contrast, whatever the page under it looks like; tests/components/prompts/styles.test.ts checks every pair.
 */
export const palette = {
  light: {
    surface: '#ffffff',
    text: '#1f2328',
    muted: '#4f5863',
    primary: '#1b5e4f',
    onPrimary: '#ffffff',
    secondary: '#e9edf1',
    onSecondary: '#1f2328',
    disabled: '#e9edf1',
    onDisabled: '#525c66',
    link: '#0a55c4',
    focus: '#0a55c4',
    border: '#6e7781',
    field: '#ffffff',
    phrase: '#f3f5f7',
    breath: '#9fd8c6',
  },
  dark: {
    surface: '#1c2128',
    text: '#e6edf3',
    muted: '#b3bdc7',
    primary: '#8fe0c6',
    onPrimary: '#0d1a16',
    secondary: '#2d343d',
    onSecondary: '#e6edf3',
    disabled: '#2d343d',
    onDisabled: '#a9b3bd',
    link: '#93bbf9',
    focus: '#93bbf9',
    border: '#8b96a1',
    field: '#0f1318',
    phrase: '#262c34',
    breath: '#2f7a65',
  },
} as const;

type Palette = (typeof palette)[keyof typeof palette];

function variables(colours: Palette): string {
  return Object.entries(colours)
    .map(([name, value]) => `--mf-${name}: ${value};`)
    .join(' ');
}

// Sizes are in px, not rem: rem follows the page's root font size, which the shadow root does not isolate.
// `all: initial` on every root stops the page's inherited styles (font, colour, spacing) from reaching in.
export const promptStyles = `
.mf-root {
  all: initial;
  ${variables(palette.light)}
  color-scheme: light;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 16px;
  line-height: 1.5;
  color: var(--mf-text);
  -webkit-text-size-adjust: 100%;
}
@media (prefers-color-scheme: dark) {
  .mf-root { ${variables(palette.dark)} color-scheme: dark; }
}
.mf-root *, .mf-root *::before, .mf-root *::after { box-sizing: border-box; }

.mf-overlay {
  position: fixed;
  inset: 0;
  z-index: 2147483647;
  display: flex;
  align-items: center;
  justify-content: center;
  padding: 16px;
  background: rgba(10, 14, 18, 0.62);
  overscroll-behavior: contain;
  animation: mf-fade-in 200ms ease-out;
}
.mf-overlay--opaque { background: rgba(10, 14, 18, 0.92); }

.mf-card {
  display: block;
  width: min(440px, 100%);
  max-height: 100%;
  overflow: auto;
  padding: 24px;
  border-radius: 16px;
  background: var(--mf-surface);
  color: var(--mf-text);
  box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
  text-align: start;
}

.mf-nudge {
  position: fixed;
  inset-block-end: 16px;
  inset-inline-end: 16px;
  z-index: 2147483647;
  box-sizing: border-box;
  /* Of the viewport without its scrollbar: never wider than a phone's screen. */
  width: min(340px, calc(100% - 32px));
  max-height: calc(100vh - 32px);
  padding: 16px 18px;
  border: 1px solid var(--mf-border);
  animation: mf-fade-in 200ms ease-out;
}
.mf-slow {
  position: fixed;
  inset-block-end: 24px;
  inset-inline-start: 50%;
  transform: translateX(-50%);
  z-index: 2147483647;
  box-sizing: border-box;
  width: min(360px, calc(100% - 32px));
  padding: 12px 16px;
  border: 1px solid var(--mf-border);
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 12px;
}
.mf-slow-label { display: block; margin: 0; flex: 1 1 100%; font-size: 15px; font-weight: 600; }
.mf-slow-count { display: block; margin: 0; flex: 1 1 auto; color: var(--mf-muted); font-variant-numeric: tabular-nums; }
.mf-slow .mf-button--primary { flex: 0 0 auto; }
.mf-slow .mf-style-note { flex: 1 1 100%; margin: 4px 0 0; }
.mf-nudge-header { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }

.mf-heading { display: block; margin: 0 0 8px; font-size: 20px; font-weight: 700; line-height: 1.3; }
.mf-nudge .mf-heading { font-size: 17px; }
.mf-text { display: block; margin: 0 0 16px; }
.mf-muted { color: var(--mf-muted); }

.mf-figures { display: grid; grid-template-columns: auto 1fr; gap: 4px 16px; margin: 0 0 20px; }
.mf-figures dt { color: var(--mf-muted); }
.mf-figures dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }

.mf-actions { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 8px; }
.mf-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 44px;
  padding: 10px 20px;
  border: 1px solid transparent;
  border-radius: 10px;
  font: inherit;
  font-weight: 600;
  cursor: pointer;
  background: var(--mf-secondary);
  color: var(--mf-onSecondary);
  border-color: var(--mf-border);
}
.mf-button--primary { background: var(--mf-primary); color: var(--mf-onPrimary); border-color: var(--mf-primary); }
.mf-button--primary { flex: 1 1 auto; font-size: 17px; }
.mf-button:disabled { background: var(--mf-disabled); color: var(--mf-onDisabled); border-style: dashed; cursor: not-allowed; }
.mf-close {
  flex: none;
  min-width: 44px;
  min-height: 44px;
  padding: 0;
  border: 0;
  border-radius: 8px;
  background: transparent;
  color: var(--mf-text);
  font: inherit;
  font-size: 22px;
  line-height: 1;
  cursor: pointer;
}
.mf-link {
  display: inline;
  padding: 0;
  border: 0;
  background: none;
  color: var(--mf-link);
  font: inherit;
  text-decoration: underline;
  text-underline-offset: 2px;
  cursor: pointer;
}
.mf-root :focus { outline: none; }
.mf-root :focus-visible { outline: 3px solid var(--mf-focus); outline-offset: 2px; }

.mf-support { display: block; margin: 16px 0 0; padding-top: 12px; border-top: 1px solid var(--mf-secondary); font-size: 14px; color: var(--mf-muted); }

.mf-breath { display: flex; flex-direction: column; align-items: center; gap: 12px; margin: 8px 0 20px; }
.mf-breath-circle {
  display: block;
  width: 120px;
  height: 120px;
  border-radius: 50%;
  background: var(--mf-breath);
  transform: scale(0.55);
  animation: mf-breathe 10s ease-in-out infinite;
}
.mf-breath-circle--rest { animation: none; transform: scale(0.8); }
.mf-breath-text { display: block; margin: 0; font-size: 20px; font-weight: 600; }

.mf-choices { display: grid; gap: 8px; margin: 0 0 16px; padding: 0; border: 0; }
.mf-choice { display: flex; align-items: center; gap: 10px; min-height: 44px; padding: 8px 12px; border: 1px solid var(--mf-border); border-radius: 10px; cursor: pointer; }
.mf-choice input { width: 18px; height: 18px; margin: 0; accent-color: var(--mf-primary); }
.mf-hint { display: block; margin: 0 0 12px; font-size: 14px; color: var(--mf-muted); }
.mf-style-note { display: block; margin: 0 0 12px; padding: 6px 10px; border-inline-start: 3px solid var(--mf-primary); font-size: 14px; }

.mf-override { display: block; margin: 12px 0 0; }
.mf-phrase { display: block; margin: 4px 0 12px; padding: 8px 12px; border-radius: 8px; background: var(--mf-phrase); font-weight: 600; user-select: text; }
.mf-label { display: block; margin: 0 0 4px; font-size: 14px; color: var(--mf-muted); }
.mf-field {
  display: block;
  width: 100%;
  min-height: 44px;
  margin: 0 0 12px;
  padding: 8px 12px;
  border: 1px solid var(--mf-border);
  border-radius: 8px;
  background: var(--mf-field);
  color: var(--mf-text);
  font: inherit;
}

.mf-toast {
  position: fixed;
  inset-block-end: 24px;
  /* Centred by its margins, not by left: 50%, which would leave it half the screen to grow in (a tall, thin toast
     on a phone). */
  inset-inline: 0;
  margin-inline: auto;
  width: fit-content;
  z-index: 2147483647;
  display: flex;
  align-items: center;
  gap: 12px;
  box-sizing: border-box;
  max-width: min(480px, calc(100% - 32px));
  padding: 10px 12px 10px 18px;
  border-radius: 12px;
  border: 1px solid var(--mf-border);
  background: var(--mf-surface);
  color: var(--mf-text);
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.3);
  animation: mf-fade-in 200ms ease-out;
}
.mf-toast-message { flex: 1 1 auto; }
.mf-toast .mf-button { min-height: 44px; padding: 6px 14px; }

@keyframes mf-breathe {
  0%, 100% { transform: scale(0.55); }
  50% { transform: scale(1); }
}
@keyframes mf-fade-in {
  from { opacity: 0; }
  to { opacity: 1; }
}
@media (prefers-reduced-motion: reduce) {
  .mf-root, .mf-root * { animation: none !important; transition: none !important; }
}

/* Phones: nothing under a notch, the home bar or rounded corners (env() is 0 elsewhere); every control 44 px. */
/* A toast, or the card after a shared clip, never stands in the way of a swipe on the feed: only their buttons take
   a touch or a click. */
.mf-toast, .mf-clip { pointer-events: none; }
.mf-toast button, .mf-clip button { pointer-events: auto; }
/* A short screen (640 px): the breathing pause, with its hint and support line, fits without scrolling. */
@media (max-height: 700px) {
  .mf-card { padding: 16px; }
  .mf-heading { margin-bottom: 6px; }
  .mf-text { margin-bottom: 8px; }
  .mf-breath { gap: 4px; margin: 0 0 8px; }
  .mf-breath-circle { width: 64px; height: 64px; }
  .mf-breath-text { font-size: 18px; }
  .mf-figures { gap: 2px 16px; margin-bottom: 12px; }
  .mf-actions { gap: 8px; }
  .mf-hint { margin-bottom: 8px; }
  .mf-support { margin-top: 4px; padding-top: 4px; }
}
.mf-overlay {
  padding: max(16px, env(safe-area-inset-top)) max(16px, env(safe-area-inset-right))
    max(16px, env(safe-area-inset-bottom)) max(16px, env(safe-area-inset-left));
}
@media (max-height: 700px) {
  .mf-overlay {
    padding-block: max(8px, env(safe-area-inset-top)) max(8px, env(safe-area-inset-bottom));
  }
}
.mf-nudge {
  inset-block-end: calc(16px + env(safe-area-inset-bottom, 0px));
  inset-inline-end: calc(16px + env(safe-area-inset-right, 0px));
}
.mf-toast { inset-block-end: calc(24px + env(safe-area-inset-bottom, 0px)); }
/* Buttons are 44 px everywhere; a link in running text is one only where it is tapped. */
@media (pointer: coarse) {
  .mf-link { display: inline-flex; align-items: center; min-height: 44px; }
}
`;
