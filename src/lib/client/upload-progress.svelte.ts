import { applyAction, deserialize } from '$app/forms';
import { invalidateAll } from '$app/navigation';

/**
 * Progressive enhancement for a file upload form, like `use:enhance` but sent with XMLHttpRequest,
 * whose upload events give the bytes sent (fetch reports no upload progress in Chromium without a
 * streaming body, which needs HTTP/2). The answer is a form action's, handled as `use:enhance`
 * handles it: a redirect navigates, a refusal shows its errors. Without scripts the form posts as
 * it is. `phase`: idle, uploading (sent/size bytes), reading (all sent, the server reads the rows).
 */
export function uploadProgress() {
	let phase = $state<'idle' | 'uploading' | 'reading'>('idle');
	let sent = $state(0);
	let size = $state(0);
	let failed = $state(false);

	function submit(event: SubmitEvent) {
		event.preventDefault();
		const form = event.currentTarget as HTMLFormElement;
		if (phase !== 'idle') return;
		const request = new XMLHttpRequest();
		request.open('POST', form.action);
		request.setRequestHeader('accept', 'application/json');
		request.setRequestHeader('x-sveltekit-action', 'true');
		request.upload.addEventListener('progress', (progress) => {
			sent = progress.loaded;
			size = progress.total;
		});
		request.upload.addEventListener('load', () => (phase = 'reading'));
		request.addEventListener('load', async () => {
			const result = deserialize(request.responseText);
			if (result.type === 'success') await invalidateAll();
			await applyAction(result);
			phase = 'idle';
		});
		request.addEventListener('error', () => {
			phase = 'idle';
			failed = true;
		});
		phase = 'uploading';
		failed = false;
		sent = 0;
		size = 0;
		request.send(new FormData(form, event.submitter));
	}

	return {
		get phase() {
			return phase;
		},
		/** Whole percent sent, 0 until the browser knows the size. */
		get percent() {
			return size > 0 ? Math.floor((sent / size) * 100) : 0;
		},
		get failed() {
			return failed;
		},
		submit
	};
}
