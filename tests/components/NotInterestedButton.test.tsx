import { fireEvent, render, screen } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { NotInterestedButton } from '../../components/controls/NotInterestedButton';
import { controlStrings } from '../../components/controls/strings';
import { SITE_URLS } from '../../lib/sites/catalog';

test('the button is named "Not interested", says its shortcut, and presses on a real click', () => {
  const onPress = vi.fn();
  render(
    <NotInterestedButton
      anchor={{ left: 100, top: 60 }}
      shortcut="Shift+D"
      busy={false}
      onPress={onPress}
      isTrusted={() => true}
    />,
  );
  const button = screen.getByRole('button', { name: 'Not interested' });
  expect(button.getAttribute('title')).toContain('Shift+D');
  expect(button.style.left).toBe('112px');
  fireEvent.click(button);
  expect(onPress).toHaveBeenCalledTimes(1);
});

test('a click made up by a page script does nothing', () => {
  const onPress = vi.fn();
  render(<NotInterestedButton anchor={{ left: 0, top: 0 }} shortcut="Shift+D" busy={false} onPress={onPress} />);
  fireEvent.click(screen.getByRole('button', { name: 'Not interested' }));
  expect(onPress).not.toHaveBeenCalled();
});

test('while the site menu is being driven the button is busy and cannot be pressed again', () => {
  render(<NotInterestedButton anchor={{ left: 0, top: 0 }} shortcut="Shift+D" busy onPress={() => undefined} />);
  expect(screen.getByRole('button', { name: 'Not interested' }).hasAttribute('disabled')).toBe(true);
});

test('the toasts name the site plainly, whatever its name ends with', () => {
  expect(controlStrings.notFound('Instagram Reels')).toBe(
    'Couldn’t find the “Not interested” option on Instagram Reels. Nothing was changed.',
  );
  for (const { name } of SITE_URLS) {
    expect(controlStrings.notFound(name)).not.toMatch(/’s|'s/);
    expect(controlStrings.notFound(name)).toContain(` on ${name}. `);
  }
});

test('on a mobile layout without the option, the toast says so plainly and where the option is', () => {
  expect(controlStrings.unsupportedHere('TikTok')).toBe(
    'TikTok has no “Not interested” option on its mobile site, so there is nothing to press here. Its desktop site has one.',
  );
});
