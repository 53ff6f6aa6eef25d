// Every user-visible word of the in-page controls, in one place for i18n.
export const controlStrings = {
  notInterested: 'Not interested',
  notInterestedTitle: (shortcut: string) =>
    `Not interested in this video (${shortcut}): tells the site to show fewer like it`,
  done: (siteName: string) => `Told ${siteName}: not interested. You’ll see fewer videos like this.`,
  undo: 'Undo',
  undone: 'Undone.',
  notFound: (siteName: string) => `Couldn’t find ${siteName}’s “Not interested” option here. Nothing was changed.`,
  noVideo: 'No video to mark here.',
  unsupported: (siteName: string) =>
    `${siteName} has no “Not interested” option on the web, so there is nothing to press here.`,
};
