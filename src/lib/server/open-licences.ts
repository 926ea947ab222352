import type { Executor } from './db/port.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import type {
	AnnouncementInput,
	DeclarationTerms,
	NewDeclarationInput,
	WithdrawalInput
} from '../schemas/open-licences.ts';
import { openLicenceRefusal, refuseOpenLicence, type OpenLicenceRefusal } from './open-licence-refusals.ts';

// Open licences 专利开放许可 (docs/domain.md, "Open licences"; Patent Law Art. 50–52). The steps,
// who may take which, and what each step freezes are the database's
// (supabase/migrations/…_open_licences.sql, …_open_licence_acceptance.sql); this module turns its
// answers into results a page can explain. What the pages read is in open-licence-reads.ts.

export type WriteResult = { ok: true; id: string } | OpenLicenceRefusal;

const termValues = (terms: DeclarationTerms) => ({
	feeBasis: terms.feeBasis,
	lumpSum: terms.lumpSum,
	royaltyPercent: terms.royaltyPercent,
	royaltyBase: terms.royaltyBase,
	royaltyPeriod: terms.royaltyPeriod
});

/** A draft declaration; a replayed post (same creation key) answers with the draft it made. */
export async function createDeclaration(db: Executor, input: NewDeclarationInput): Promise<WriteResult> {
	const t = termValues(input);
	try {
		await db.query(sql`
			insert into public.open_licence_declarations (patent_id, fee_basis, lump_sum_fen, royalty_percent, royalty_base,
				royalty_period, payment_method, term_months, field_limits, contact, creation_key)
			values (${input.patentId}, ${t.feeBasis}::public.open_licence_fee_basis, ${t.lumpSum}, ${t.royaltyPercent},
				${t.royaltyBase}::public.royalty_base, ${t.royaltyPeriod}::public.royalty_period, ${input.paymentMethod},
				${input.termMonths}, ${input.fieldLimits}, ${input.contact}, ${input.creationKey})`);
	} catch (error) {
		const refusal = openLicenceRefusal(error, {
			duplicate: 'patentId',
			patent_refused: 'patentId',
			not_found: 'patentId'
		});
		if (refusal) return refusal;
		throw error;
	}
	const [made] = await db.query<{ id: string }>(
		sql`select id from public.open_licence_declarations where creation_key = ${input.creationKey}`
	);
	return made ? { ok: true, id: made.id } : refuseOpenLicence('not_allowed');
}

async function write(db: Executor, id: string, statement: SqlFragment, fields = {}): Promise<WriteResult> {
	if (!isUuid(id)) return refuseOpenLicence('not_found');
	try {
		const [row] = await db.query<{ id: string }>(statement);
		return row ? { ok: true, id: row.id } : refuseOpenLicence('not_found');
	} catch (error) {
		const refusal = openLicenceRefusal(error, fields);
		if (refusal) return refusal;
		throw error;
	}
}

/** New terms for a draft (frozen from submission on: ZQ324). */
export function updateDeclaration(db: Executor, id: string, terms: DeclarationTerms): Promise<WriteResult> {
	const t = termValues(terms);
	return write(
		db,
		id,
		sql`update public.open_licence_declarations set fee_basis = ${t.feeBasis}::public.open_licence_fee_basis,
			lump_sum_fen = ${t.lumpSum}, royalty_percent = ${t.royaltyPercent}, royalty_base = ${t.royaltyBase}::public.royalty_base,
			royalty_period = ${t.royaltyPeriod}::public.royalty_period, payment_method = ${terms.paymentMethod},
			term_months = ${terms.termMonths}, field_limits = ${terms.fieldLimits}, contact = ${terms.contact}
		where id = ${id} returning id`
	);
}

/** Stores (or clears) the evaluation report's storage key of a draft. */
export function setEvaluationReport(db: Executor, id: string, key: string | null): Promise<WriteResult> {
	return write(
		db,
		id,
		sql`update public.open_licence_declarations set evaluation_report_key = ${key} where id = ${id} returning id`
	);
}

/** Sent to CNIPA: the terms freeze and the declaration stands (no exclusive licence from now on). */
export function submitDeclaration(db: Executor, id: string): Promise<WriteResult> {
	return write(
		db,
		id,
		sql`update public.open_licence_declarations set status = 'submitted' where id = ${id} returning id`
	);
}

/** CNIPA announced it: from now on any company may take the licence. */
export function announceDeclaration(db: Executor, id: string, input: AnnouncementInput): Promise<WriteResult> {
	return write(
		db,
		id,
		sql`update public.open_licence_declarations set status = 'announced',
			announcement_number = ${input.announcementNumber}, announced_on = ${input.announcedOn}::date
		where id = ${id} returning id`,
		{ future_date: 'announcedOn', date_order: 'announcedOn' }
	);
}

/** CNIPA announced its withdrawal: no new licences; those granted stay (Art. 50 para. 2). */
export function withdrawDeclaration(db: Executor, id: string, input: WithdrawalInput): Promise<WriteResult> {
	return write(
		db,
		id,
		sql`update public.open_licence_declarations set status = 'withdrawn',
			withdrawal_announcement_number = ${input.withdrawalAnnouncementNumber}, withdrawn_on = ${input.withdrawnOn}::date
		where id = ${id} returning id`,
		{ future_date: 'withdrawnOn', date_order: 'withdrawnOn' }
	);
}

/** Deletes a draft (nothing else may be deleted: RLS). */
export function deleteDeclaration(db: Executor, id: string): Promise<WriteResult> {
	return write(
		db,
		id,
		sql`delete from public.open_licence_declarations where id = ${id} and status = 'draft' returning id`
	);
}

export type AcceptResult = { ok: true; dealId: string } | OpenLicenceRefusal;

/**
 * The company's written notice (Art. 51): a closed_won non-exclusive deal on the declared terms
 * with its schedule. Idempotent: a replay, or a second notice of the same company, answers with
 * the deal already made.
 */
export async function acceptOpenLicence(
	db: Executor,
	declarationId: string,
	acceptanceKey: string
): Promise<AcceptResult> {
	if (!isUuid(declarationId) || !isUuid(acceptanceKey)) return refuseOpenLicence('not_found');
	try {
		const [row] = await db.query<{ dealId: string }>(
			sql`select app.accept_open_licence(${declarationId}, ${acceptanceKey}) as "dealId"`
		);
		return { ok: true, dealId: row.dealId };
	} catch (error) {
		const refusal = openLicenceRefusal(error);
		if (refusal) return refusal;
		throw error;
	}
}
