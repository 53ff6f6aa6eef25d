import type { FeedItem, SiteAdapter } from '../site';
import { selectors as S } from './selectors';

/** A note's URL: /explore/<24-hex id> or /discovery/item/<24-hex id>. */
const NOTE_PATH = /^\/(?:explore|discovery\/item)\/([0-9a-f]{24})\/?$/;
const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none/i;

function noteIdFromUrl(url: URL): string | null {
  return NOTE_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The overlay is shown: not `display: none` nor `hidden`, and (if it says) on the URL's note. A page without the
 * overlay (a note rendered as a page of its own, as on mobile) counts as shown. */
function overlayShown(root: ParentNode, noteId: string): boolean {
  const mask = root.querySelector(S.mask);
  if (!mask) return true;
  if (mask.hasAttribute('hidden') || HIDDEN_STYLE.test(mask.getAttribute('style') ?? '')) return false;
  const shownId = mask.getAttribute('note-id');
  return shownId === null || shownId === noteId;
}

/** The open note's container while the overlay shows the note in the URL, else null. */
function openNote(url: URL, root: ParentNode): { id: string; container: Element } | null {
  const id = noteIdFromUrl(url);
  if (!id || !overlayShown(root, id)) return null;
  const container = root.querySelector(S.noteContainer) ?? root.querySelector(S.mobileNote);
  return container ? { id, container } : null;
}

/** The open note's <video>; none for an image note ('normal'). */
function videoOf(container: Element): HTMLVideoElement | null {
  if (container.getAttribute('data-type') === 'normal') return null;
  return container.querySelector<HTMLVideoElement>('video');
}

/** Sponsored: the tag in the note, or on the note's card in the grid behind the overlay. */
function isAdNote(root: ParentNode, note: { id: string; container: Element }): boolean {
  if (note.container.querySelector(S.adTag)) return true;
  const link = root.querySelector(`${S.noteItem} a[href*="/${note.id}"]`);
  return link?.closest(S.noteItem)?.querySelector(S.adTag) != null;
}

export const rednoteAdapter: SiteAdapter = {
  activeItem(url, root): FeedItem | null {
    const note = openNote(url, root);
    if (!note) return null;
    const video = videoOf(note.container);
    // Only video notes are videos; image notes ('normal') and a note still loading have none.
    const type = note.container.getAttribute('data-type');
    const id = type === 'video' || (type !== 'normal' && video) ? note.id : null;
    return { element: note.container, video, id, ad: isAdNote(root, note) };
  },
};
