/** Escapes LIKE wildcards so a search for "50%" matches the text, not everything. */
export function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A LIKE pattern for text containing `text`. */
export function containsPattern(text: string): string {
	return `%${escapeLike(text)}%`;
}
