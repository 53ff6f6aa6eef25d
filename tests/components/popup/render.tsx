import { render, screen } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { expect } from 'vitest';
import { createFormat, FormatProvider } from '../../../components/popup/format';
import { TIME_ZONE } from './dashboard';

/** Renders one part of the popup with figures formatted for a fixed locale and time zone. */
export function renderWithFormat(ui: ComponentChild, locale = 'en-US') {
  return render(<FormatProvider value={createFormat(locale, TIME_ZONE)}>{ui}</FormatProvider>);
}

/** Browsers expose <meter> as role "meter"; the test library's role table does not list it, so find it by name. */
export function meterNamed(name: string): HTMLMeterElement {
  const meter = screen.getByLabelText(name);
  expect(meter.tagName).toBe('METER');
  return meter as HTMLMeterElement;
}
