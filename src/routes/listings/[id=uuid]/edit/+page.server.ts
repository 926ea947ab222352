import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { removeFileSchema } from '$lib/schemas/listing';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import {
	readListingDraft,
	readListingForm,
	type ListingDraftForm,
	type ListingFormValues
} from '$lib/server/http/listing-form';
import { yuanText } from '$lib/rules/amount';
import { parseDraftValues } from '$lib/rules/listing-draft';
import { storage } from '$lib/server/app/runtime';
import * as listings from '$lib/server/listings';
import * as listingDrafts from '$lib/server/listing-drafts';
import * as attachments from '$lib/server/listing-attachments';
import * as memberships from '$lib/server/memberships';

const editable = new Set(['draft', 'changes_requested']);

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const user = requireUser(locals, url);
	const listing = await listings.getListing(locals.db, params.id);
	if (!listing || listing.ownerId !== user.id) error(404, m.error_listing_not_found());
	if (!editable.has(listing.status)) redirect(303, `/listings/${listing.id}`);
	const emails = await listings.inventorAccountEmails(locals.db, listing.id);
	// The editor reopens from what was typed last, valid or not; the columns hold only valid values.
	const typed = parseDraftValues(listing.draftInput);
	const values: ListingFormValues = typed ?? {
		title: listing.title,
		pitch: listing.pitch,
		summary: listing.summary,
		advantages: listing.advantages.join('\n'),
		applications: listing.applications,
		industry: listing.industry ?? '',
		ipcCodes: listing.ipcCodes.join(', '),
		trl: listing.trl ? String(listing.trl) : '',
		cooperationModes: listing.cooperationModes,
		negotiable: listing.askingPriceFen === null,
		askingPrice: listing.askingPriceFen === null ? '' : yuanText(listing.askingPriceFen),
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
			updatedAt: listing.updatedAt,
			revision: listing.draftRevision
		},
		values,
		userId: user.id,
		files: await attachments.listAttachments(locals.db, listing.id),
		// Not confirmed by the university yet: the page says why submitting will be refused.
		membership: await memberships.ownMembership(locals.db),
		defaultInventor: listing.inventors.length === 0 ? user.displayName : ''
	};
};

export const actions: Actions = {
	save: async ({ params, locals, url, request }) => {
		requireUser(locals, url);
		const draft = readListingDraft(await readForm(request));
		const saved = await saveTyped(locals.db, params.id, draft);
		if (!saved.ok) return saved.failure;
		return {
			action: 'save',
			success: 'listing_draft_saved',
			savedAt: new Date().toISOString(),
			revision: saved.revision,
			notices: saved.notices
		};
	},
	submit: async ({ params, locals, url, request }) => {
		requireUser(locals, url);
		const formData = await readForm(request);
		const form = readListingForm(formData, { forSubmission: true });
		if (!form.ok) {
			// Submitting validates everything, but what was typed is saved as a draft all the same.
			// The field errors are the answer even when that save is refused (no or an old revision).
			const saved = await saveTyped(locals.db, params.id, readListingDraft(formData));
			const revision = saved.ok ? { revision: saved.revision } : {};
			return rejectForm(400, form.values, form.errors, { action: 'submit', ...revision });
		}
		const draft = readListingDraft(formData);
		const result = await saveStrictly(locals.db, params.id, { ...draft, fields: form.data, complete: form.data });
		if (!result.ok) return result.failure;
		const moved = await listings.moveListingToStatus(locals.db, params.id, 'submitted');
		if (moved !== 'changed') {
			const errors = {
				form:
					moved === 'incomplete'
						? 'error_listing_incomplete'
						: moved === 'unconfirmed'
							? 'error_membership_unconfirmed'
							: 'error_listing_not_editable'
			};
			return rejectForm(400, form.values, errors, { action: 'submit', revision: result.revision });
		}
		redirect(303, `/my/listings?submitted=${params.id}`);
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
		if (!(await listingDrafts.deleteDraft(locals.db, params.id)))
			return rejectForm(409, {}, { form: 'error_listing_not_editable' }, { action: 'save' });
		redirect(303, '/my/listings');
	}
};

/** A draft save: whatever was typed is stored; only the revision and the right to edit can refuse it. */
async function saveTyped(db: App.Locals['db'], id: string, draft: ListingDraftForm) {
	return saveStrictly(db, id, draft, false);
}

async function saveStrictly(db: App.Locals['db'], id: string, draft: ListingDraftForm, strict = true) {
	const action = strict ? 'submit' : 'save';
	if (draft.revision === null)
		return {
			ok: false as const,
			failure: rejectForm(400, draft.values, { form: 'drafts_revision_missing' }, { action })
		};
	const write = { raw: draft.values, fields: draft.fields, complete: draft.complete, revision: draft.revision };
	let result: listingDrafts.SaveResult;
	try {
		result = await listingDrafts.saveDraft(db, id, write, { strict });
	} catch (caught) {
		if (!(caught instanceof listingDrafts.DuplicatePatentError)) throw caught;
		return {
			ok: false as const,
			failure: rejectForm(400, draft.values, { patents: 'error_patent_duplicate' }, { action })
		};
	}
	if (result.ok)
		return { ok: true as const, revision: result.revision, notices: { ...draft.notices, ...result.notices } };
	const errors =
		result.reason === 'unknown_inventor_account'
			? { [`inventors.${result.position}.email`]: 'error_inventor_account_unknown' }
			: { form: result.reason === 'stale' ? 'drafts_stale' : 'error_listing_not_editable' };
	const status = result.reason === 'unknown_inventor_account' ? 400 : 409;
	return { ok: false as const, failure: rejectForm(status, draft.values, errors, { action }) };
}
