import { describe, expect, test } from 'vitest';
import { applyPatch, NUMBER_RULES, readDraft } from '../../../components/options/form';
import { kindOf, LIMIT_PATHS, PROMPT_PATHS, SNOOZE_PATHS } from '../../../components/options/paths';
import { defaultSettings, settingsSchema } from '../../../lib/settings/schema';

const numberPaths = [...LIMIT_PATHS, ...PROMPT_PATHS, ...SNOOZE_PATHS].filter((path) => kindOf(path) in NUMBER_RULES);

describe('what the page accepts', () => {
  test.each(numberPaths)('%s: the smallest and largest values the page accepts are valid settings', (path) => {
    const rule = NUMBER_RULES[kindOf(path) as keyof typeof NUMBER_RULES];
    for (const value of [rule.min, rule.max]) {
      expect(settingsSchema.safeParse(applyPatch(defaultSettings(), [[path, value]])).success).toBe(true);
    }
  });

  test('text is read as whole numbers; empty is no limit where there can be none; anything else is an error', () => {
    const read = (path: string, text: string) => readDraft(defaultSettings(), { [path]: text });
    expect(read('limits.all.weekday.dailyMinutes', ' 45 ')).toEqual({
      ok: true,
      patch: [['limits.all.weekday.dailyMinutes', 45]],
    });
    expect(read('limits.all.weekday.dailyMinutes', '')).toEqual({
      ok: true,
      patch: [['limits.all.weekday.dailyMinutes', null]],
    });
    // 0 is a budget of none that day; a break after 0 minutes means nothing.
    expect(read('limits.all.weekday.dailyVideos', '0')).toEqual({
      ok: true,
      patch: [['limits.all.weekday.dailyVideos', 0]],
    });
    expect(read('limits.all.weekday.sessionMinutes', '0').ok).toBe(false);
    for (const text of ['1441', '30.5', '-5', '1e3', 'thirty']) {
      expect(read('limits.all.weekday.dailyMinutes', text).ok, text).toBe(false);
    }
    expect(read('prompts.breathSeconds', '').ok).toBe(false);
    expect(read('snooze.perDay', '0')).toEqual({ ok: true, patch: [['snooze.perDay', 0]] });
  });
});
