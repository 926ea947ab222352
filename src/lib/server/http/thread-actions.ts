import { messageSchema } from '$lib/schemas/deal';
import type { Executor } from '$lib/server/db/port';
import { postThreadMessage, type Thread } from '$lib/server/threads';
import { formValues, parseForm, readForm, rejectForm, withHiddenFieldError } from './forms';
import { requireUser } from './guards';

// The form actions of a thread (the deal room's, a service case's): ?/message and ?/upload. Who
// may post is the database's (RLS on the thread's tables); a refusal keeps what was typed.

type ThreadEvent = { locals: App.Locals; params: { id: string }; request: Request; url: URL };

export function messageAction(
	thread: Thread,
	/** The message when RLS refuses the author. */
	notParty: string
) {
	return async ({ locals, params, request, url }: ThreadEvent) => {
		const user = requireUser(locals, url);
		const formData = await readForm(request);
		const form = parseForm(messageSchema, formData);
		if (!form.ok)
			return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['idempotencyKey']), { action: 'message' });
		const result = await postThreadMessage(locals.db, thread, user.id, params.id, form.data);
		if (!result.ok) {
			const [status, key] = result.reason === 'key_reused' ? [409, 'error_idempotency_key_reused'] : [403, notParty];
			return rejectForm(status, formValues(formData), { body: key }, { action: 'message' });
		}
		return { action: 'message', sent: true };
	};
}

export type ThreadUpload = { parentId: string; uploaderId: string; fileName: string; bytes: Uint8Array };

/**
 * `refused` names the message for a refusal other than the file's own (empty, wrong type, too
 * large), `refusedStatus` its status (400 unless said); `action` is the form's name in the result
 * (a case's delivery is an upload too).
 */
export function uploadAction(
	add: (db: Executor, upload: ThreadUpload) => Promise<{ ok: true } | { ok: false; reason: string }>,
	refused: (reason: string) => string,
	success: string,
	options: { action?: string; refusedStatus?: (reason: string) => number } = {}
) {
	const action = options.action ?? 'upload';
	return async ({ locals, params, request, url }: ThreadEvent) => {
		const user = requireUser(locals, url);
		const file = (await readForm(request)).get('file');
		if (!(file instanceof File) || file.size === 0)
			return rejectForm(400, {}, { file: 'error_file_required' }, { action });
		const result = await add(locals.db, {
			parentId: params.id,
			uploaderId: user.id,
			fileName: file.name,
			bytes: new Uint8Array(await file.arrayBuffer())
		});
		if (!result.ok) {
			if (['empty', 'unsupported_type', 'too_large'].includes(result.reason))
				return rejectForm(400, {}, { file: `error_file_${result.reason}` }, { action });
			const status = options.refusedStatus?.(result.reason) ?? 400;
			return rejectForm(status, {}, { file: refused(result.reason) }, { action });
		}
		return { action, success };
	};
}
