import { render } from 'preact';
import { ResourcesPage } from '@/components/ResourcesPage';

const root = document.getElementById('app');
if (root) render(<ResourcesPage />, root);
