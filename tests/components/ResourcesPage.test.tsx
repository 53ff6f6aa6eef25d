import { render, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { ResourcesPage } from '../../components/ResourcesPage';

test('the resources page points to well-known crisis services, clearly labelled', () => {
  render(<ResourcesPage />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Support and resources');
  const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
  expect(links).toEqual(
    expect.arrayContaining([
      'https://www.iasp.info/crisis-centres-helplines/',
      'https://www.crisistextline.org',
      'https://www.samaritans.org',
    ]),
  );
  expect(screen.getByText(/not a health service/)).toBeTruthy();
});
