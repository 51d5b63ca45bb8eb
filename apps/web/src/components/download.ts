/** Saves content the page already holds as a file, through a temporary link; nothing is kept once it is saved. */
export function saveAsFile(fileName: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: let them finish before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
