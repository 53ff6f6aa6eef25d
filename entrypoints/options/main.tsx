import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { browserEnvironment } from './environment';

const root = document.getElementById('app');
if (root) render(<OptionsApp environment={browserEnvironment()} welcome={location.hash === '#welcome'} />, root);
