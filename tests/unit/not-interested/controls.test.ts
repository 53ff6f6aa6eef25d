import { describe, expect, test } from 'vitest';
import { findItemControl } from '../../../lib/not-interested/controls';
import { MORE } from '../../../lib/not-interested/labels';
import type { FeedItem } from '../../../lib/sites/site';

/**
 * The structural finder on small pages: a feed of items with a sidebar "More" first in document order. Every
 * control carries data-name (test only) so the assertions say which one was found.
 */
function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}

function itemOf(doc: Document, selector: string): FeedItem {
  const element = doc.querySelector(selector) as Element;
  return { element, video: element.querySelector('video'), id: 'x', ad: false };
}

const more = (name: string, extra = '') =>
  `<div role="button" data-name="${name}" ${extra}><svg aria-label="More" role="img"><title>More</title></svg></div>`;
const sidebar = `<nav>${more('sidebar')}</nav>`;
const find = (doc: Document, selector: string, evidence = {}) =>
  findItemControl(itemOf(doc, selector), {
    labels: MORE,
    popup: true,
    items: '[data-item]',
    scope: doc.querySelector('main'),
    ...evidence,
  })?.getAttribute('data-name') ?? null;

describe('findItemControl', () => {
  test('the item’s own "More", never the sidebar’s that comes first in the page', () => {
    const doc = page(
      `${sidebar}<main><div data-item id="a"><div><video></video></div><div>${more('a')}</div></div>` +
        `<div data-item id="b"><div><video></video></div><div>${more('b')}</div></div></main>`,
    );
    expect(find(doc, '#a')).toBe('a');
    expect(find(doc, '#b')).toBe('b');
  });

  test('an action bar beside the item (in a wrapper of its own) is still found', () => {
    const doc = page(
      `<main><div class="wrap"><div data-item id="a"><video></video></div><div>${more('a')}</div></div>` +
        `<div class="wrap"><div data-item id="b"><video></video></div><div>${more('b')}</div></div></main>`,
    );
    expect(find(doc, '#a')).toBe('a');
    expect(find(doc, '#b')).toBe('b');
  });

  test('without its own "More", nothing: not a neighbour’s (even one whose video is not mounted)', () => {
    const doc = page(
      `${sidebar}<main><div data-item id="a"><div><video></video></div></div>` +
        `<div data-item id="b"><div></div><div>${more('b')}</div></div></main>`,
    );
    expect(find(doc, '#a')).toBeNull();
  });

  test('never above the feed’s root, even on a page with one video', () => {
    const doc = page(`${sidebar}<main><div data-item id="a"><video></video></div></main>`);
    expect(find(doc, '#a')).toBeNull();
  });

  test('the smallest region first: the player’s own "More" over one further out', () => {
    const doc = page(
      `<main><div data-item id="a"><div class="player"><video></video>${more('player')}</div>${more('outer')}</div></main>`,
    );
    expect(find(doc, '#a')).toBe('player');
  });

  test('a site hook beats a name, a name beats visible text (a caption’s "more" expander)', () => {
    const doc = page(
      `<main><div data-item id="a"><div><video></video><div role="button" data-name="caption">more</div></div>` +
        `<div>${more('named')}<button data-name="hooked" data-hook="more">⋯</button></div></div></main>`,
    );
    expect(find(doc, '#a')).toBe('named');
    expect(find(doc, '#a', { hooks: ['[data-hook="more"]'] })).toBe('hooked');
  });

  test('an unnamed popup button only when it is the region’s only one', () => {
    const one = page(
      '<main><div data-item id="a"><video></video><button data-name="dots" aria-haspopup="menu">⋯</button></div></main>',
    );
    expect(find(one, '#a')).toBe('dots');
    expect(find(one, '#a', { popup: false })).toBeNull();
    const two = page(
      '<main><div data-item id="a"><video></video><button data-name="dots" aria-haspopup="menu">⋯</button>' +
        '<button data-name="other" aria-haspopup="true"></button></div></main>',
    );
    expect(find(two, '#a')).toBeNull();
    const named = page(
      '<main><div data-item id="a"><video></video><button aria-haspopup="dialog" aria-label="Share">↗</button></div></main>',
    );
    expect(find(named, '#a')).toBeNull();
  });

  test('hidden or disabled controls are not candidates', () => {
    const doc = page(
      `<main><div data-item id="a"><video></video><div hidden>${more('hidden')}</div>` +
        `${more('disabled', 'aria-disabled="true"')}</div></main>`,
    );
    expect(find(doc, '#a')).toBeNull();
  });

  test('among several in the same region, the one that opens a menu', () => {
    const doc = page(
      `<main><div data-item id="a"><video></video><div>${more('plain')}${more('popup', 'aria-haspopup="menu"')}</div></div></main>`,
    );
    expect(find(doc, '#a')).toBe('popup');
  });
});
