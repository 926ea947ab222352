// How long a message people write to each other may be, counted the same way by the form's
// counter and by the server that refuses a longer one. Browsers send a textarea's line breaks
// as CRLF but show and count them as one character, so a line break counts once; spaces around
// the message are not stored, so they do not count. Characters are Unicode code points, as the
// database's char_length counts them: an emoji outside the BMP is two UTF-16 units (`.length`)
// but one character, so 4,000 emoji are allowed exactly when the database takes them.

/** The most characters one message may hold (an interest's, one added to it, a deal's). */
export const messageLimit = 4000;

/** Within this many characters of the limit the counter is read out to screen readers. */
export const messageNearLimit = 200;

/** The message as it is stored: line breaks as LF, no surrounding spaces. */
export function normalizedMessage(text: string): string {
	return text.replaceAll('\r\n', '\n').trim();
}

/** The characters the message counts against the limit. */
export function messageLength(text: string): number {
	let count = 0;
	for (const _ of normalizedMessage(text)) count += 1;
	return count;
}
