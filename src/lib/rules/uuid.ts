// No zod here: the route matchers use this, and they ship in every page's first JavaScript.
export const uuidPattern = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const uuidExpression = new RegExp(`^${uuidPattern}$`, 'i');

/** Whether text is a UUID Postgres accepts: ids from URLs are checked before they reach SQL. */
export function isUuid(value: string): boolean {
	return uuidExpression.test(value);
}
