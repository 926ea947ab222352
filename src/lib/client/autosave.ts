import { deserialize } from '$app/forms';
import { draftValuesFromEntries, sameDraft, type ListingDraftValues } from '$lib/rules/listing-draft';
import { forgetDeviceCopy, keepDeviceCopy } from '$lib/offline/drafts';
import { onShanghaiClock } from '$lib/rules/shanghai-clock';

/** What the editor tells the user about its draft; never a failure for a half-typed field. */
export type DraftStatus =
	| { state: 'idle' }
	| { state: 'unsaved' }
	| { state: 'saving' }
	| { state: 'saved'; at: Date }
	| { state: 'offline' }
	| { state: 'failed' }
	| { state: 'refused'; message: string };

export interface DraftKeeperOptions {
	form: HTMLFormElement;
	action: string;
	userId: string;
	listingId: string;
	/** What the server holds now: typing back to it is no change. */
	serverValues: ListingDraftValues;
	revision: () => number;
	setRevision: (revision: number) => void;
	onStatus: (status: DraftStatus) => void;
	onNotices: (notices: Record<string, string>) => void;
}

type ActionAnswer = { type: string; status?: number; data?: Record<string, unknown> };

/**
 * Keeps a listing draft: every change is copied to the device at once and saved to the server
 * shortly after typing stops, when the page is hidden and when the connection returns. The
 * device copy is removed only once the server confirmed a save of exactly what it holds.
 * Saves run one at a time, each naming the revision the last one returned.
 */
export function keepDraft(options: DraftKeeperOptions) {
	const { form, action, userId, listingId } = options;
	let confirmed = options.serverValues;
	let dirty = false;
	let inFlight = false;
	let again = false;
	let stale = false;
	/** Settles when the save on its way (if any) has its answer. */
	let answered: Promise<void> = Promise.resolve();
	let timer: ReturnType<typeof setTimeout> | undefined;

	const current = () => draftValuesFromEntries(new FormData(form));

	function changed() {
		const values = current();
		clearTimeout(timer);
		if (sameDraft(values, confirmed)) {
			dirty = false;
			forgetDeviceCopy(userId, listingId);
			return;
		}
		dirty = true;
		keepDeviceCopy(userId, listingId, { values, revision: options.revision(), changedAt: Date.now() });
		if (stale) return;
		options.onStatus({ state: 'unsaved' });
		timer = setTimeout(() => void save(), 1500);
	}

	async function save(keepalive = false) {
		clearTimeout(timer);
		if (!dirty || stale) return;
		if (inFlight) {
			again = true;
			return;
		}
		// The browser knows it is offline: the device copy holds the work until `online`.
		if (!navigator.onLine) {
			options.onStatus({ state: 'offline' });
			return;
		}
		inFlight = true;
		let markAnswered = () => {};
		answered = new Promise((resolve) => (markAnswered = resolve));
		const body = new FormData(form);
		body.set('revision', String(options.revision()));
		const sent = draftValuesFromEntries(body);
		options.onStatus({ state: 'saving' });
		try {
			const response = await fetch(action, {
				method: 'POST',
				body,
				keepalive,
				headers: { 'x-sveltekit-action': 'true', accept: 'application/json' }
			});
			settle(deserialize(await response.text()) as ActionAnswer, sent);
		} catch {
			// Never reached the server: the device copy stays, and the save runs again once online.
			options.onStatus({ state: navigator.onLine ? 'failed' : 'offline' });
		} finally {
			inFlight = false;
			markAnswered();
		}
		if (again) {
			again = false;
			await save();
		}
	}

	/** The answer to a save, from autosave or the page's own Save button. */
	function settle(answer: ActionAnswer, sent: ListingDraftValues) {
		const data = answer.data ?? {};
		if (answer.type === 'success' && typeof data.revision === 'number') {
			options.setRevision(data.revision);
			confirmed = sent;
			options.onNotices((data.notices as Record<string, string> | undefined) ?? {});
			const now = current();
			if (sameDraft(now, sent)) {
				dirty = false;
				forgetDeviceCopy(userId, listingId);
				options.onStatus({ state: 'saved', at: new Date() });
			} else {
				// Typed on while the save was on its way: the copy now builds on the new revision.
				keepDeviceCopy(userId, listingId, { values: now, revision: data.revision, changedAt: Date.now() });
				options.onStatus({ state: 'unsaved' });
				timer = setTimeout(() => void save(), 1500);
			}
			return;
		}
		if (answer.type === 'failure' && typeof data.revision === 'number') {
			// A refused submission saves the draft all the same: the editor carries on from there.
			options.setRevision(data.revision);
			confirmed = sent;
			if (sameDraft(current(), sent)) {
				dirty = false;
				forgetDeviceCopy(userId, listingId);
			}
			return;
		}
		const formError = (data.errors as Record<string, string> | undefined)?.form;
		if (answer.type === 'failure' && formError) {
			stale = formError === 'drafts_stale';
			options.onStatus({ state: 'refused', message: formError });
			return;
		}
		options.onStatus({ state: 'failed' });
	}

	function listen(event: Event) {
		if ((event.target as HTMLElement | null)?.closest('[data-no-autosave]')) return;
		changed();
	}
	const hidden = () => document.visibilityState === 'hidden' && void save(true);
	const pagehide = () => void save(true);
	const online = () => void save();

	form.addEventListener('input', listen);
	form.addEventListener('change', listen);
	document.addEventListener('visibilitychange', hidden);
	window.addEventListener('pagehide', pagehide);
	window.addEventListener('online', online);
	return {
		/** Whether something typed has not been confirmed by the server. */
		get dirty() {
			return dirty;
		},
		/** Re-reads the form (after rows were added or removed, or a device copy was restored). */
		changed,
		/** Saves now, e.g. as the user leaves the page having confirmed it. */
		flush: () => save(true),
		/**
		 * The page's own Save button is about to send: no autosave in between.
		 * Resolves once an autosave already on its way is answered, so the button sends the revision
		 * that save returned instead of being refused as stale.
		 */
		async handOver() {
			clearTimeout(timer);
			again = false;
			options.onStatus({ state: 'saving' });
			await answered;
			clearTimeout(timer);
			// Until handBack, autosaves wait as they wait for one of their own.
			inFlight = true;
		},
		/** The Save button's answer (null when none came back): autosave carries on from it. */
		handBack(answer: ActionAnswer | null, sent: ListingDraftValues) {
			inFlight = false;
			if (answer) settle(answer, sent);
			else options.onStatus({ state: 'failed' });
			if (again) {
				again = false;
				void save();
			}
		},
		stop() {
			clearTimeout(timer);
			form.removeEventListener('input', listen);
			form.removeEventListener('change', listen);
			document.removeEventListener('visibilitychange', hidden);
			window.removeEventListener('pagehide', pagehide);
			window.removeEventListener('online', online);
		}
	};
}

/** hh:mm in China's time, as the status line shows it. */
export function clockTime(at: Date): string {
	const shanghai = onShanghaiClock(at);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${pad(shanghai.getUTCHours())}:${pad(shanghai.getUTCMinutes())}`;
}
