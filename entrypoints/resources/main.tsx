import { render } from 'preact';
import { ResourcesPage } from '@/components/ResourcesPage';
import './resources.css';

const root = document.getElementById('app');
if (root) render(<ResourcesPage />, root);
