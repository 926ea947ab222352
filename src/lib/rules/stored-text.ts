// What text may go into the database. Postgres text cannot hold U+0000 at all (the statement
// fails with "invalid byte sequence"), and no field has a use for the other control characters,
// which only hide content or break it when it is shown or exported. Tab, line feed and carriage
// return are typed by people (browsers send a textarea's newlines as CRLF), so they stay.

// eslint-disable-next-line no-control-regex
const unstorableCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const anyControlCharacter = /[\u0000-\u001f\u007f-\u009f]/g;

// A surrogate pair, or a surrogate on its own. Written without lookbehind and the u flag, which
// older Safari cannot parse, so the module loads wherever the app runs.
const surrogates = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/**
 * The text with each lone surrogate (half of a pair, e.g. cut from a longer string) replaced by
 * U+FFFD, as `String.prototype.toWellFormed` does; that needs Chrome 111 or Safari 16.4, and the
 * listing editor runs this in the browser.
 */
export function withoutLoneSurrogates(text: string): string {
	return text.replace(surrogates, (found) => (found.length === 2 ? found : '\uFFFD'));
}

/** The longest file name stored (the tables check the same), in characters. */
export const fileNameLength = 200;

/** Whether the text holds a C0 or C1 control character other than tab, LF and CR (or DEL). */
export function hasUnstorableCharacters(text: string): boolean {
	// A global pattern's test() starts where the previous one stopped: search() does not.
	return text.search(unstorableCharacters) !== -1;
}

/** The text without the characters `hasUnstorableCharacters` finds (tab and newlines stay). */
export function withoutUnstorableCharacters(text: string): string {
	return text.replace(unstorableCharacters, '');
}

/** Text with every control character (tab and newlines too) turned into a space: for one-line input such as a search. */
export function controlCharactersAsSpaces(text: string): string {
	return text.replace(anyControlCharacter, ' ');
}

/**
 * A file name as it is stored: nobody typed it, so instead of refusing the upload its control
 * characters (newlines included) are dropped, lone surrogates replaced, and it is cut to
 * `fileNameLength` characters without splitting one; nothing left becomes "file".
 */
export function storedFileName(name: string): string {
	const cleaned = withoutLoneSurrogates(name).replace(anyControlCharacter, '').trim();
	return Array.from(cleaned).slice(0, fileNameLength).join('').trim() || 'file';
}

// Direction overrides and isolates (which can make a name read backwards, e.g. "‮gpj.exe") and
// zero-width spaces: nothing a one-line name needs. Joiners stay, emoji sequences use them.
const invisibleFormatting = /[\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/** Whether a one-line name holds a character that reorders or hides text (see above). */
export function hasInvisibleFormatting(text: string): boolean {
	return invisibleFormatting.test(text);
}
