import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test } from 'vitest';
import { NotInterestedButton } from '../../components/controls/NotInterestedButton';
import { controlStrings } from '../../components/controls/strings';
import { fieldId } from '../../components/options/paths';
import { PopupApp } from '../../components/PopupApp';
import { BreakPrompt } from '../../components/prompts/BreakPrompt';
import { Toast } from '../../components/prompts/Toast';
import { ResourcesPage } from '../../components/ResourcesPage';
import { setLanguage } from '../i18n';
import { exportDocument } from '../unit/data/seed';
import { renderOptions, storeWithPending } from './options/harness';
import { dashboard, MINUTE, NOW, siteToday, TIME_ZONE } from './popup/dashboard';
import { promptProps } from './prompts/props';

// A browser set to Simplified Chinese: the words come from locales/zh_CN.yml, and numbers and dates are written
// for zh-CN (browser.i18n.getUILanguage()).
beforeEach(() => setLanguage('zh_CN'));

describe('break prompts in Chinese', () => {
  test('the limit prompt: heading, figures in Chinese units, snooze', () => {
    render(<BreakPrompt {...promptProps()} />);
    const dialog = screen.getByRole('dialog', { name: '今天在 TikTok 上的 1小时 已经看完了' });
    expect(dialog.closest('[lang]')?.getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByText('这是你为今天设定的限制。现在停下，就守住了这个选择。')).toBeTruthy();
    // 61½ minutes of 60, 87 of 100 videos.
    expect(screen.getByText('1小时1分钟 / 1小时')).toBeTruthy();
    expect(screen.getByText('87 / 100 个视频')).toBeTruthy();
    expect(screen.getByRole('button', { name: '就到这里' })).toBe(document.activeElement);
    expect(screen.getByRole('button', { name: '延后 5分钟' })).toBeTruthy();
    expect(screen.getByText('今天还能延后 2 次')).toBeTruthy();
    expect(screen.getByRole('button', { name: '支持与资源' })).toBeTruthy();
  });

  test('with no snoozes left, the sentence to type is the Chinese one', () => {
    const props = promptProps({ snoozesLeft: 0 });
    render(<BreakPrompt {...props} />);
    expect(screen.getByText('我选择继续观看')).toBeTruthy();
    const field = screen.getByLabelText('输入这句话以继续');
    const anyway = screen.getByRole('button', { name: '仍然继续' });
    fireEvent.input(field, { target: { value: 'I choose to keep watching' } });
    expect(anyway.hasAttribute('disabled')).toBe(true);
    fireEvent.input(field, { target: { value: '我选择继续观看' } });
    fireEvent.click(anyway);
    expect(props.onOverride).toHaveBeenCalledOnce();
  });

  test('quiet hours for all feeds, and RedNote is 小红书', () => {
    render(
      <BreakPrompt
        {...promptProps({ reason: 'quiet-hours', figures: { ...promptProps().figures, siteName: 'All feeds' } })}
      />,
    );
    expect(screen.getByRole('heading', { name: '现在是安静时段' })).toBeTruthy();
    document.body.replaceChildren();
    render(
      <BreakPrompt
        {...promptProps({
          kind: 'nudge',
          reason: 'video-count',
          figures: { ...promptProps().figures, siteName: 'RedNote', todayVideos: 1234 },
        })}
      />,
    );
    expect(screen.getByRole('heading', { name: '今天在 小红书 上看了 1,234 个视频' })).toBeTruthy();
  });

  test('the breathing pause counts down in Chinese', () => {
    render(<BreakPrompt {...promptProps({ kind: 'breathing', reason: 'session' })} />);
    expect(screen.getByRole('heading', { name: '该稍微停一下了' })).toBeTruthy();
    expect(screen.getByText('你已经连续看了 TikTok 25分钟。慢慢做一次深呼吸，再决定接下来做什么。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '10秒钟后可继续' })).toBeTruthy();
  });
});

describe('in-page controls in Chinese', () => {
  test('the Not interested button and its toasts', () => {
    render(<NotInterestedButton anchor={{ left: 0, top: 0 }} shortcut="Shift+D" busy={false} onPress={() => {}} />);
    const button = screen.getByRole('button', { name: '不感兴趣' });
    expect(button.getAttribute('title')).toBe('对这个视频不感兴趣（Shift+D）：让网站少推荐类似内容');
    expect(button.getAttribute('lang')).toBe('zh-CN');
    expect(controlStrings.done('RedNote')).toBe('已告诉 小红书：不感兴趣。类似的视频会少一些。');
    expect(controlStrings.undo).toBe('撤销');
    expect(controlStrings.notFound('TikTok')).toBe('在 TikTok 上找不到“不感兴趣”选项，没有做任何更改。');
  });

  test('a toast’s close button', () => {
    render(<Toast message={controlStrings.undone} durationMs={5000} onDismiss={() => {}} />);
    expect(screen.getByRole('button', { name: '关闭' })).toBeTruthy();
  });
});

describe('the popup in Chinese', () => {
  test('“Today” with a Chinese date, Chinese units and Chinese punctuation', async () => {
    const figures = dashboard();
    figures.today.all = { ...figures.today.all, activeMs: 75 * MINUTE, videos: 12_345 };
    figures.today.sites = [
      siteToday({
        site: 'rednote',
        activeMs: 12 * MINUTE,
        videos: 9,
        budget: { ...figures.today.all.budget, dailyMinutes: 30 },
      }),
    ];
    render(<PopupApp load={() => Promise.resolve(figures)} now={() => NOW} timeZone={TIME_ZONE} />);
    expect(screen.getByText('正在读取你的数据……')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: '今天' })).toBeTruthy();
    expect(screen.getByText('6月2日星期二 · 工作日限制')).toBeTruthy();
    expect(screen.getByText('1小时15分钟，未设每日上限')).toBeTruthy();
    expect(screen.getByText('12,345 个视频，未设每日上限')).toBeTruthy();
    const rednote = within(screen.getByRole('heading', { name: '小红书' }).closest('li') as HTMLElement);
    expect(rednote.getByText('12分钟 / 30分钟，还剩 18分钟')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: '趋势' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '停止记录一小时（限制仍然有效）' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  test('a pause reads its clock time the Chinese way', async () => {
    render(<PopupApp load={() => Promise.resolve(dashboard())} now={() => NOW} timeZone={TIME_ZONE} />);
    fireEvent.click(await screen.findByRole('button', { name: '停止记录一小时（限制仍然有效）' }));
    expect(await screen.findByRole('button', { name: '现在恢复记录' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('15:00 前不记录。限制仍然有效。');
  });
});

describe('the options page in Chinese', () => {
  test('headings, sections and site names', async () => {
    await renderOptions();
    expect(screen.getByRole('heading', { level: 1, name: 'Mindful Feed 设置' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: '栏目' });
    expect([...nav.querySelectorAll('a')].map((link) => link.textContent)).toEqual([
      '限制',
      '安静时段',
      '提示',
      '延后',
      '网站',
      '快捷键',
      '你的浏览器',
      '你的数据',
    ]);
    expect(screen.getByRole('checkbox', { name: '小红书' })).toBeTruthy();
    const field = document.getElementById(fieldId('limits.all.weekday.dailyMinutes')) as HTMLInputElement;
    expect(field.labels?.[0]?.textContent).toBe('所有网站合计，工作日： 每天时长（分钟）');
    expect(document.title).toBe('Mindful Feed — 设置');
  });

  test('a pending change gives its date in Chinese', async () => {
    await storeWithPending(
      (settings) => {
        settings.limits.all.weekday.dailyMinutes = 30;
      },
      (settings) => {
        settings.limits.all.weekday.dailyMinutes = 60;
      },
    );
    await renderOptions();
    // A day after it was asked, at the hour of the test machine's time zone (as the page shows it).
    const pending = screen.getByText(/^待生效：/);
    expect(pending.textContent).toMatch(/^待生效：60分钟，从 6月\d+日周. \d{1,2}:\d{2} 起$/);
  });

  test('a refused import names the record in Chinese: row, date and site', async () => {
    await renderOptions();
    const good = exportDocument([{ date: '2026-06-01', site: 'rednote', activeSeconds: 60 }]);
    const bad = JSON.stringify({ ...good, days: [{ ...good.days[0], activeSeconds: -60 }] });
    const input = screen.getByLabelText('要导入的导出文件') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([bad], 'backup.json', { type: 'application/json' })] } });
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '没有导入任何内容。第 1 行（2026年6月1日，小红书）：观看时长不能是负数。',
    );
  });
});

test('the resources page in Chinese keeps its links and bold service names', () => {
  render(<ResourcesPage />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('支持与资源');
  expect(screen.getByRole('link', { name: 'iasp.info/crisis-centres-helplines' }).getAttribute('href')).toBe(
    'https://www.iasp.info/crisis-centres-helplines/',
  );
  expect(screen.getByRole('link', { name: 'samaritans.org' }).getAttribute('href')).toBe('https://www.samaritans.org');
  expect(screen.getByText('各个国家和地区的求助热线').tagName).toBe('STRONG');
  expect(screen.getByText(/不是健康服务/)).toBeTruthy();
  expect(document.title).toBe('Mindful Feed — 支持与资源');
});
