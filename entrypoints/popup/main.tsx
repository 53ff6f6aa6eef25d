import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { openDatabase } from '@/lib/db/database';

const root = document.getElementById('app');
if (root) render(<PopupApp loadHealth={async () => (await openDatabase()).getAll('health')} />, root);
