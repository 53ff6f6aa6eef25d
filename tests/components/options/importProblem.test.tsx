import { describe, expect, test } from 'vitest';
import { describeImportProblem } from '../../../components/options/importProblem';
import type { ImportProblem, RowProblem, RowRef } from '../../../lib/export/problems';
import { setLanguage } from '../../i18n';

const at = (row: number, date: string | null, site: RowRef['site'], list: RowRef['list'] = 'days'): RowRef => ({
  list,
  row,
  date,
  site,
});
const onRow = (where: RowRef, problem: RowProblem): ImportProblem => ({ kind: 'row', at: where, problem });
const MB = 1024 * 1024;

// What the options page says when it refuses a file (the component test shows it in place): the record a person
// would find, in the UI language, and what is wrong with it.
const cases: [ImportProblem, string, string][] = [
  [
    onRow(at(2, '2025-03-04', 'tiktok'), { kind: 'negative', field: 'activeSeconds' }),
    'Row 2 (March 4, 2025, TikTok): watching time can’t be negative.',
    '第 2 行（2025年3月4日，TikTok）：观看时长不能是负数。',
  ],
  [
    onRow(at(7, '2026-06-01', 'rednote'), { kind: 'notWhole', field: 'videos' }),
    'Row 7 (June 1, 2026, RedNote): the number of videos must be a whole number.',
    '第 7 行（2026年6月1日，小红书）：视频数必须是整数。',
  ],
  [
    onRow(at(3, '2026-06-01', 'youtube-shorts'), { kind: 'tooLarge', field: 'activeSeconds', max: 90_000 }),
    'Row 3 (June 1, 2026, YouTube Shorts): watching time can’t be more than 25 hours.',
    '第 3 行（2026年6月1日，YouTube Shorts）：观看时长不能超过 25小时。',
  ],
  [
    onRow(at(1, '2026-06-01', 'tiktok'), { kind: 'tooLarge', field: 'sessions', max: 1_000_000 }),
    'Row 1 (June 1, 2026, TikTok): the number of sessions can’t be more than 1,000,000.',
    '第 1 行（2026年6月1日，TikTok）：观看次数不能超过 1,000,000。',
  ],
  [
    onRow(at(4, null, 'instagram-reels'), { kind: 'badDate', value: '2026-02-30' }),
    'Row 4 (Instagram Reels): “2026-02-30” is not a date of the calendar.',
    '第 4 行（Instagram Reels）：“2026-02-30”不是有效的日期。',
  ],
  [
    onRow(at(5, '2026-06-01', null), { kind: 'unknownSite', value: 'snapchat' }),
    'Row 5 (June 1, 2026): “snapchat” is not a site Mindful Feed counts.',
    '第 5 行（2026年6月1日）：“snapchat”不是 Mindful Feed 统计的网站。',
  ],
  [
    onRow(at(6, null, null), { kind: 'notRecord' }),
    'Row 6: this is not a daily record.',
    '第 6 行：这不是一条每日记录。',
  ],
  [
    onRow(at(1, '2026-06-01', 'facebook-reels'), { kind: 'hour', hour: 21, problem: 'tooLarge', max: 7200 }),
    'Row 1 (June 1, 2026, Facebook Reels): the time for 21:00–22:00 can’t be more than 2 hours.',
    '第 1 行（2026年6月1日，Facebook Reels）：21:00–22:00 的时长不能超过 2小时。',
  ],
  [
    onRow(at(2, '2026-06-01', 'tiktok'), { kind: 'missing', field: 'notInterested' }),
    'Row 2 (June 1, 2026, TikTok): the number of “Not interested” presses is missing.',
    '第 2 行（2026年6月1日，TikTok）：缺少“不感兴趣”次数。',
  ],
  [
    onRow(at(2, '2026-06-01', 'tiktok'), { kind: 'twice' }),
    'Row 2 (June 1, 2026, TikTok): this day and site appear twice in the file.',
    '第 2 行（2026年6月1日，TikTok）：这一天的这个网站在文件中出现了两次。',
  ],
  [
    onRow(at(1, '2027-01-01', 'tiktok'), { kind: 'future' }),
    'Row 1 (January 1, 2027, TikTok): this day has not happened yet.',
    '第 1 行（2027年1月1日，TikTok）：这一天还没有到来。',
  ],
  [
    onRow(at(1, '2026-06-01', 'youtube-shorts'), { kind: 'totalTooSmall', site: 'youtube-shorts' }),
    'Row 1 (June 1, 2026, YouTube Shorts): the all-feeds total for this day is less than the time on YouTube Shorts.',
    '第 1 行（2026年6月1日，YouTube Shorts）：这一天的全部网站合计少于在 YouTube Shorts 上的时间。',
  ],
  [
    onRow(at(3, '2026-06-02', null, 'totals'), { kind: 'hoursDoNotAddUp' }),
    'All-feeds total 3 (June 2, 2026): the hour-by-hour times don’t add up to the day’s watching time.',
    '第 3 条全部网站合计（2026年6月2日）：每小时时长加起来与当天的观看时长不符。',
  ],
  [
    { kind: 'newerVersion', version: 2, supported: 1 },
    'This file was made by a newer version of Mindful Feed. Update the extension, then import it again.',
    '这个文件是由更新版本的 Mindful Feed 导出的。请先更新扩展，再重新导入。',
  ],
  [
    { kind: 'notExport' },
    'This file is not a Mindful Feed export. Choose the file that “Export data (JSON)” saved.',
    '这个文件不是 Mindful Feed 导出文件。请选择用“导出数据（JSON）”保存的文件。',
  ],
  [
    { kind: 'tooLarge', bytes: 731.4 * MB, limitBytes: 100 * MB },
    'This file is 731.4 MB, larger than any Mindful Feed export can be (100 MB at most). Choose the file that “Export data (JSON)” saved.',
    '这个文件有 731.4 MB，比任何 Mindful Feed 导出文件都大（最大 100 MB）。请选择用“导出数据（JSON）”保存的文件。',
  ],
  [
    { kind: 'timeZone', value: 'Mars/Olympus' },
    'This file’s time zone, “Mars/Olympus”, is not one this browser knows.',
    '这个文件的时区“Mars/Olympus”不是此浏览器能识别的时区。',
  ],
  [
    { kind: 'notJson' },
    'This file is not JSON, so it is not a Mindful Feed export. Choose the file that “Export data (JSON)” saved.',
    '这个文件不是 JSON 格式，所以不是 Mindful Feed 导出文件。请选择用“导出数据（JSON）”保存的文件。',
  ],
  [
    { kind: 'unknownPart', name: 'streaks' },
    'This file has a part this version of Mindful Feed does not know (“streaks”). If a newer version made it, update the extension, then import it again.',
    '这个文件包含此版本 Mindful Feed 无法识别的部分（“streaks”）。如果它来自更新的版本，请先更新扩展，再重新导入。',
  ],
  [
    { kind: 'tooMany', list: 'days', max: 200_000 },
    'This file has more than 200,000 daily records, more than an export can hold.',
    '这个文件的每日记录超过 200,000 条，超出了导出文件的容量。',
  ],
  [
    { kind: 'noList', list: 'totals' },
    'This file has no list of all-feeds totals, so it may be damaged.',
    '这个文件没有全部网站合计列表，可能已损坏。',
  ],
  [
    { kind: 'settings' },
    'The settings saved in this file are missing or damaged.',
    '这个文件中保存的设置缺失或已损坏。',
  ],
  [
    onRow(at(9, null, null, 'totals'), { kind: 'hour', hour: 0, problem: 'negative', max: 7200 }),
    'All-feeds total 9: the time for 00:00–01:00 can’t be negative.',
    '第 9 条全部网站合计：00:00–01:00 的时长不能是负数。',
  ],
  [
    onRow(at(1, '2026-06-01', 'tiktok'), { kind: 'unknownField', name: 'mood' }),
    'Row 1 (June 1, 2026, TikTok): it has a field Mindful Feed does not know (“mood”).',
    '第 1 行（2026年6月1日，TikTok）：其中有 Mindful Feed 无法识别的字段（“mood”）。',
  ],
  [
    onRow(at(1, '2026-06-01', 'tiktok'), { kind: 'noTotal' }),
    'Row 1 (June 1, 2026, TikTok): the file has no all-feeds total for this day.',
    '第 1 行（2026年6月1日，TikTok）：文件中没有这一天的全部网站合计。',
  ],
];

describe('a refused import file, in words', () => {
  test.each(cases)('%j in English', (problem, english) => {
    expect(describeImportProblem(problem)).toBe(english);
  });

  test.each(cases)('%j in Chinese', (problem, _english, chinese) => {
    setLanguage('zh_CN');
    expect(describeImportProblem(problem)).toBe(chinese);
  });
});
