import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { readDashboard } from '@/lib/dashboard/read';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<PopupApp load={() => readDashboard()} />, root);
