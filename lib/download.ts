/** Saves text as a file through the browser's own download flow; no permission and nothing sent anywhere. */
export function downloadText(filename: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once the current task is done.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
