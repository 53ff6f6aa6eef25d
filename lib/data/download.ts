/** Saves a file to the user's downloads by a Blob URL and a click on `<a download>`: no `downloads` permission. */
export function downloadWithLink(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoking it later frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
