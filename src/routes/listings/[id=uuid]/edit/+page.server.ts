import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { removeFileSchema } from '$lib/schemas/listing';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import { readListingForm, type ListingFormValues } from '$lib/server/http/listing-form';
import { storage } from '$lib/server/app/runtime';
import * as listings from '$lib/server/listings';
import * as attachments from '$lib/server/listing-attachments';

const editable = new Set(['draft', 'changes_requested']);

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const user = requireUser(locals, url);
	const listing = await listings.getListing(locals.db, params.id);
	if (!listing || listing.ownerId !== user.id) error(404, m.error_listing_not_found());
	if (!editable.has(listing.status)) redirect(303, `/listings/${listing.id}`);
	const emails = await listings.inventorAccountEmails(locals.db, listing.id);
	const values: ListingFormValues = {
		title: listing.title,
		pitch: listing.pitch,
		summary: listing.summary,
		advantages: listing.advantages.join('\n'),
		applications: listing.applications,
		industry: listing.industry ?? '',
		ipcCodes: listing.ipcCodes.join(', '),
		trl: listing.trl ? String(listing.trl) : '',
		cooperationModes: listing.cooperationModes,
		negotiable: listing.askingPriceCny === null,
		askingPrice: listing.askingPriceCny === null ? '' : String(listing.askingPriceCny),
		inventors: listing.inventors.map((inventor, position) => ({
			name: inventor.name,
			share: String(inventor.share),
			email: emails.get(position) ?? ''
		})),
		patents: listing.patents.map((patent) => ({
			number: patent.applicationNumber,
			type: patent.type,
			legalStatus: patent.legalStatus,
			title: patent.title,
			filedOn: patent.filedOn ?? '',
			grantedOn: patent.grantedOn ?? ''
		}))
	};
	return {
		listing: {
			id: listing.id,
			status: listing.status,
			reviewComment: listing.reviewComment,
			updatedAt: listing.updatedAt
		},
		values,
		files: await attachments.listAttachments(locals.db, listing.id),
		defaultInventor: listing.inventors.length === 0 ? user.displayName : ''
	};
};

export const actions: Actions = {
	save: async (event) => {
		const saved = await readAndSave(event, 'save');
		if (!saved.ok) return saved.failure;
		return { action: 'save', success: 'listing_draft_saved', savedAt: new Date().toISOString() };
	},
	submit: async (event) => {
		const saved = await readAndSave(event, 'submit');
		if (!saved.ok) return saved.failure;
		const moved = await listings.moveListingToStatus(event.locals.db, event.params.id, 'submitted');
		if (moved !== 'changed') {
			const errors = { form: moved === 'incomplete' ? 'error_listing_incomplete' : 'error_listing_not_editable' };
			return rejectForm(400, saved.form.values, errors, { action: 'submit' });
		}
		redirect(303, `/my/listings?submitted=${event.params.id}`);
	},
	upload: async ({ params, locals, url, request }) => {
		requireUser(locals, url);
		const formData = await readForm(request);
		const file = formData.get('file');
		if (!(file instanceof File) || file.size === 0)
			return rejectForm(400, {}, { file: 'error_file_required' }, { action: 'upload' });
		const result = await attachments.addAttachment(locals.db, await storage(), {
			listingId: params.id,
			fileName: file.name,
			bytes: new Uint8Array(await file.arrayBuffer()),
			confidential: formData.get('confidential') === 'on'
		});
		if (!result.ok) return rejectForm(400, {}, { file: `error_file_${result.reason}` }, { action: 'upload' });
		return { action: 'upload', success: 'attachment_added' };
	},
	removeFile: async ({ params, locals, url, request }) => {
		requireUser(locals, url);
		const form = parseForm(removeFileSchema, await readForm(request));
		if (!form.ok || !(await attachments.removeAttachment(locals.db, await storage(), params.id, form.data.fileId))) {
			return rejectForm(404, {}, { file: 'error_not_found' }, { action: 'upload' });
		}
		return { action: 'upload', success: 'attachment_removed' };
	},
	delete: async ({ params, locals, url }) => {
		requireUser(locals, url);
		if (!(await listings.deleteDraft(locals.db, params.id)))
			return rejectForm(409, {}, { form: 'error_listing_not_editable' }, { action: 'save' });
		redirect(303, '/my/listings');
	}
};

/** Both buttons save first; submitting then asks the database to move the listing on. */
async function readAndSave({ params, locals, url, request }: RequestEvent, action: 'save' | 'submit') {
	requireUser(locals, url);
	const form = readListingForm(await readForm(request), { forSubmission: action === 'submit' });
	if (!form.ok) return { ok: false as const, failure: rejectForm(400, form.values, form.errors, { action }) };
	const result = await saveOrDuplicate(locals.db, params.id!, form.data);
	if (typeof result === 'object') {
		const errors = { [`inventors.${result.unknownInventorAccount}.email`]: 'error_inventor_account_unknown' };
		return { ok: false as const, failure: rejectForm(400, form.values, errors, { action }) };
	}
	if (result !== 'saved') {
		return {
			ok: false as const,
			failure: rejectForm(result === 'duplicate' ? 400 : 409, form.values, errorFor(result), { action })
		};
	}
	return { ok: true as const, form };
}

async function saveOrDuplicate(db: App.Locals['db'], id: string, data: Parameters<typeof listings.saveDraft>[2]) {
	try {
		return await listings.saveDraft(db, id, data);
	} catch (caught) {
		if (caught instanceof listings.DuplicatePatentError) return 'duplicate' as const;
		throw caught;
	}
}

function errorFor(result: 'not_editable' | 'duplicate'): Record<string, string> {
	return result === 'duplicate' ? { patents: 'error_patent_duplicate' } : { form: 'error_listing_not_editable' };
}
