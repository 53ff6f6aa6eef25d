import { render } from 'preact';
import { DonePage } from '@/components/DonePage';
import '../resources/resources.css';

const root = document.getElementById('app');
if (root) render(<DonePage />, root);
