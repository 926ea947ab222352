/**
 * Saves a draft form in the background: shortly after typing stops, and when the page is
 * hidden (a phone locking, a tab switching, the page closing) with sendBeacon, which the
 * browser delivers even as the page goes away. Returns a function that stops it.
 */
export function autosave(
	form: HTMLFormElement,
	action: string,
	onResult: (state: 'saving' | 'saved' | 'failed') => void
) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let dirty = false;

	async function save() {
		if (!dirty) return;
		dirty = false;
		onResult('saving');
		try {
			const response = await fetch(action, {
				method: 'POST',
				body: new FormData(form),
				headers: { 'x-sveltekit-action': 'true', accept: 'application/json' }
			});
			const result = (await response.json()) as { type: string };
			onResult(result.type === 'success' ? 'saved' : 'failed');
		} catch {
			dirty = true;
			onResult('failed');
		}
	}

	function changed(event: Event) {
		if ((event.target as HTMLElement | null)?.closest('[data-no-autosave]')) return;
		dirty = true;
		clearTimeout(timer);
		timer = setTimeout(save, 1500);
	}

	function flush() {
		if (!dirty) return;
		clearTimeout(timer);
		dirty = false;
		navigator.sendBeacon(action, new FormData(form));
	}

	form.addEventListener('input', changed);
	form.addEventListener('change', changed);
	const hidden = () => document.visibilityState === 'hidden' && flush();
	document.addEventListener('visibilitychange', hidden);
	window.addEventListener('pagehide', flush);
	return () => {
		clearTimeout(timer);
		form.removeEventListener('input', changed);
		form.removeEventListener('change', changed);
		document.removeEventListener('visibilitychange', hidden);
		window.removeEventListener('pagehide', flush);
	};
}
