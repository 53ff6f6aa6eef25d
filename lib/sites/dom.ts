/** Small DOM helpers shared by the site adapters. Each is safe on any root and never throws. */

export function isPlaying(video: HTMLVideoElement): boolean {
  // A seek (a looping clip going back to its start, or the person scrubbing) has no data for a few ms: it plays on.
  return !video.paused && !video.ended && (video.readyState > 2 || video.seeking);
}

/** The first of `candidates` that is playing, else the first one at all. */
export function preferPlaying<T extends Element>(candidates: T[], videoOf: (candidate: T) => HTMLVideoElement | null) {
  return candidates.find((candidate) => {
    const video = videoOf(candidate);
    return video !== null && isPlaying(video);
  });
}

/** The element whose box is closest to the middle of the viewport (for feeds without an "active" marker). */
export function nearestToViewportCentre<T extends Element>(elements: T[]): T | null {
  const view = elements[0]?.ownerDocument?.defaultView;
  const centre = (view?.innerHeight ?? 0) / 2;
  let best: T | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const element of elements) {
    const box = element.getBoundingClientRect();
    if (box.height === 0) continue;
    const distance =
      box.top <= centre && box.bottom >= centre
        ? 0
        : Math.min(Math.abs(box.top - centre), Math.abs(box.bottom - centre));
    if (distance < bestDistance) {
      best = element;
      bestDistance = distance;
    }
  }
  return best;
}

export function queryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}
