import { describe, expect, test } from 'vitest';
import { waitFor } from '../../../lib/not-interested/dom';
import { NOT_INTERESTED } from '../../../lib/not-interested/labels';
import { findMenuTarget, type MenuFlowSite, runMenuFlow } from '../../../lib/not-interested/menu-flow';
import { facebookReelsMenu } from '../../../lib/sites/facebook-reels/not-interested';
import { youtubeShortsMenu } from '../../../lib/sites/youtube-shorts/not-interested';

const CIRCLE_SLASH =
  'M12 1C5.925 1 1 5.925 1 12s4.925 11 11 11 11-4.925 11-11S18.075 1 12 1Zm0 2a9 9 0 018.246 12.605L4.755 6.661A8.99 8.99 0 0112 3ZM3.754 8.393l15.491 8.944A9 9 0 013.754 8.393Z';
const CIRCLE_MINUS =
  'M12 1C5.925 1 1 5.925 1 12s4.925 11 11 11 11-4.925 11-11S18.075 1 12 1Zm0 2a9 9 0 110 18 9 9 0 010-18Zm4 8H8a1 1 0 000 2h8a1 1 0 000-2Z';

/** A YouTube view-model menu of [label, icon path] rows, parsed (no HTML injection into a live document). */
function youtubeMenu(rows: [string, string?][]): Element {
  const items = rows
    .map(
      ([label, d]) =>
        `<yt-list-item-view-model><span class="ytListItemViewModelImage"><svg viewBox="0 0 24 24"><path d="${d ?? 'M0 0h1'}"></path></svg></span>` +
        `<button role="menuitem"><span class="ytListItemViewModelTitle">${label}</span></button></yt-list-item-view-model>`,
    )
    .join('');
  const doc = new DOMParser().parseFromString(
    `<yt-list-view-model role="menu">${items}</yt-list-view-model>`,
    'text/html',
  );
  return doc.body.firstElementChild as Element;
}

const pick = (menu: Element) => {
  const found = findMenuTarget(youtubeShortsMenu, menu);
  return found && { item: found.item, text: found.control.textContent };
};

describe('findMenuTarget (YouTube targets)', () => {
  test('finds "Not interested" by its icon in a language the table does not know', () => {
    expect(pick(youtubeMenu([['Captions'], ['Nie interesuje mnie', CIRCLE_SLASH], ['Zgłoś']]))).toEqual({
      item: 'not-interested',
      text: 'Nie interesuje mnie',
    });
  });

  test('finds items by their label when the icons are unknown', () => {
    expect(pick(youtubeMenu([['Субтитры'], ['Не рекомендовать видео с этого канала'], ['Пожаловаться']]))).toEqual({
      item: 'dont-recommend-channel',
      text: 'Не рекомендовать видео с этого канала',
    });
  });

  test('prefers "Not interested" over "Don’t recommend this channel", whatever the order', () => {
    expect(pick(youtubeMenu([['Don’t recommend this channel', CIRCLE_MINUS], ['Not interested']]))?.item).toBe(
      'not-interested',
    );
  });

  test('refuses the circle-slash icon on a row whose text is "Don’t recommend this channel"', () => {
    // garbhj saw the circle-slash on "Don't recommend" in the Shorts menu: the text decides.
    expect(pick(youtubeMenu([['Captions'], ["Don't recommend this channel", CIRCLE_SLASH]]))).toEqual({
      item: 'dont-recommend-channel',
      text: "Don't recommend this channel",
    });
  });

  test('finds nothing it cannot positively identify', () => {
    expect(pick(youtubeMenu([['Captions'], ['Report'], ['Send feedback'], ['Not interested?!']]))).toBeNull();
  });

  test('a stable attribute wins over a label', () => {
    const doc = new DOMParser().parseFromString(
      '<div><div class="row">Not interested</div><div class="row" data-hook="ni">Pas intéressé</div></div>',
      'text/html',
    );
    const site: MenuFlowSite = {
      moreButton: () => null,
      menuRows: (menu) => Array.from(menu.querySelectorAll('.row')),
      targets: [{ item: 'not-interested', selector: '[data-hook="ni"]', labels: NOT_INTERESTED }],
      closesOnSecondClick: false,
    };
    expect(findMenuTarget(site, doc.body.firstElementChild as Element)?.control.textContent).toBe('Pas intéressé');
  });
});

describe('findMenuTarget (rows with a description line)', () => {
  const facebookMenu = (rows: string) =>
    new DOMParser().parseFromString(`<div role="menu">${rows}</div>`, 'text/html').body.firstElementChild as Element;
  const picked = (menu: Element) => findMenuTarget(facebookReelsMenu, menu)?.control.getAttribute('data-row') ?? null;

  test('a title with a description under it still matches, whichever way it is laid out', () => {
    const layouts = [
      '<div role="menuitem" data-row="x"><span>Show less</span><span>You’ll see fewer reels like this.</span></div>',
      '<div role="menuitem" data-row="x">Show less<div>You’ll see fewer reels like this.</div></div>',
      '<div role="menuitem" data-row="x"><div><div><span>Show less.</span></div><div>Fewer like this</div></div></div>',
      '<div role="menuitem" data-row="x" aria-label="Show less"><i></i><div>Fewer reels like this</div></div>',
    ];
    for (const layout of layouts) {
      const menu = facebookMenu(`<div role="menuitem" data-row="more"><span>Show more</span></div>${layout}`);
      expect(picked(menu), layout).toBe('x');
    }
  });

  test('"Show more" with a description never passes for "Show less"', () => {
    const menu = facebookMenu(
      '<div role="menuitem" data-row="more"><span>Show more</span><span>Show less of other things</span></div>',
    );
    expect(picked(menu)).toBeNull();
  });
});

describe('runMenuFlow safety', () => {
  const throwing: MenuFlowSite = {
    moreButton: () => {
      throw new Error('broken page');
    },
    menuRows: () => [],
    targets: [],
    closesOnSecondClick: false,
  };

  test('never throws: a broken finder is an error result', async () => {
    const doc = new DOMParser().parseFromString('<p></p>', 'text/html');
    await expect(runMenuFlow(throwing, doc, { element: doc.body, video: null, id: 'x', ad: false })).resolves.toEqual({
      ok: false,
      reason: 'error',
    });
  });

  test('an already aborted signal does nothing', async () => {
    const doc = new DOMParser().parseFromString('<p></p>', 'text/html');
    const signal = AbortSignal.abort();
    await expect(
      runMenuFlow(throwing, doc, { element: doc.body, video: null, id: 'x', ad: false }, { signal }),
    ).resolves.toEqual({
      ok: false,
      reason: 'aborted',
    });
  });
});

describe('waitFor', () => {
  test('sees an attribute-only change (a reused popover toggling a class)', async () => {
    const popover = document.createElement('div');
    document.body.append(popover);
    const waiting = waitFor(document, document.body, () => (popover.classList.contains('open') ? popover : null), 1000);
    setTimeout(() => popover.classList.add('open'), 20);
    await expect(waiting).resolves.toEqual({ status: 'found', value: popover });
    popover.remove();
  });

  test('times out, or stops on abort', async () => {
    await expect(waitFor(document, document.body, () => null, 30)).resolves.toEqual({ status: 'timeout' });
    const controller = new AbortController();
    const waiting = waitFor(document, document.body, () => null, 5000, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toEqual({ status: 'aborted' });
  });
});
