import { render } from 'preact';
import { DonePage } from '@/components/DonePage';
import { worthSource } from '@/lib/worth/store';
import '../resources/resources.css';

const root = document.getElementById('app');
if (root) render(<DonePage worth={worthSource()} />, root);
