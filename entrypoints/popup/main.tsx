import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { readDashboard } from '@/lib/dashboard/read';
import { worthSource } from '@/lib/worth/store';
import './popup.css';

// Opened in a tab (a phone shows the popup as a page; or a link), the popup takes the tab's width, not its own 380 px.
void browser.tabs.getCurrent().then((tab) => tab && document.documentElement.classList.add('mf-in-tab'));

// The reads start before the first render, so the database and storage answer while Preact and Intl start up.
const dashboard = readDashboard();
// The popup shows a failure once it has painted; until then it is not an unhandled rejection.
dashboard.catch(() => undefined);
const root = document.getElementById('app');
if (root) render(<PopupApp load={() => dashboard} worth={worthSource()} />, root);
