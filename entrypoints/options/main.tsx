import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { browserEnvironment } from '@/components/options/environment';

const root = document.getElementById('app');
if (root) render(<OptionsApp environment={browserEnvironment()} welcome={location.hash === '#welcome'} />, root);
