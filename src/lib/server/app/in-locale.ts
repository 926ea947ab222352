import { AsyncLocalStorage } from 'node:async_hooks';
import * as runtime from '../../paraglide/runtime.js';

type Locale = (typeof runtime.locales)[number];

/**
 * Runs `work` with Paraglide's messages in `locale`, outside any request: the email and push
 * workers write to each user in the user's language. Within a request the middleware in
 * hooks.server.ts sets the locale through the same async storage; this installs that storage
 * when no request has yet.
 */
export function inLocale<Result>(locale: Locale, work: () => Result): Result {
	if (!runtime.getServerAsyncLocalStorage()) runtime.overwriteServerAsyncLocalStorage(new AsyncLocalStorage());
	const storage = runtime.getServerAsyncLocalStorage() as AsyncLocalStorage<unknown> | undefined;
	if (!storage) throw new Error('Paraglide has no server async storage');
	return storage.run({ locale, origin: undefined, messageCalls: new Set() }, work);
}
