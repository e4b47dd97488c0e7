/**
 * Outside text (a name, a title) set inside a message of the app, between Unicode's first-strong
 * isolate and pop-directional isolate: a right-to-left name or a stray direction override in it
 * cannot reorder the words of the message around it.
 */
export function isolate(text: string): string {
	return `\u2068${text}\u2069`;
}
