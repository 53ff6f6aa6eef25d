import { render } from 'preact';
import { PromptPreview } from '@/components/PromptPreview';

const root = document.getElementById('app');
const kind = new URLSearchParams(location.search).get('kind');
if (root) render(<PromptPreview kind={kind} />, root);
