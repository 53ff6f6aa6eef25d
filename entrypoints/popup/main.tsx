import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import type { Dashboard } from '@/lib/dashboard/queries';
import { readDashboard } from '@/lib/dashboard/read';
import { worthSource } from '@/lib/worth/store';
import './popup.css';

/** How long the first render waits for the figures before it shows "Loading…" instead. */
const FIGURES_WAIT_MS = 150;

// Opened in a tab (a phone shows the popup as a page; or a link), the popup takes the tab's width, not its own 380 px.
void browser.tabs.getCurrent().then((tab) => tab && document.documentElement.classList.add('mf-in-tab'));

// The reads start before the first render, so the database and storage answer while Preact and Intl start up.
const dashboard = readDashboard();
// The popup shows a failure once it has painted; until then it is not an unhandled rejection.
dashboard.catch(() => undefined);
const root = document.getElementById('app');
const show = (figures?: Dashboard) => {
  if (root) render(<PopupApp load={() => dashboard} figures={figures} worth={worthSource()} />, root);
};
// The first paint shows the figures when they come soon: painting "Loading…" before them costs a whole render,
// layout and paint on the way to them.
const soon = new Promise<undefined>((resolve) => setTimeout(resolve, FIGURES_WAIT_MS, undefined));
Promise.race([dashboard, soon]).then(show, () => show());
