/** Hands text to the browser as a download named `fileName`. */
export function saveFile(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.click();
	// The download has started by then; the URL is only needed until it has.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
