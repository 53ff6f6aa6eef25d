import { render } from 'preact';
import { InsightsPage } from '@/components/InsightsPage';
import { experimentActions } from '@/lib/experiment/actions';
import { readInsights } from '@/lib/insights/read';
import '../popup/popup.css';
import './insights.css';

const root = document.getElementById('app');
if (root) render(<InsightsPage load={() => readInsights()} experiment={experimentActions()} />, root);
