import type { Executor } from './db/port.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import type {
	AnnouncementInput,
	DeclarationTerms,
	NewDeclarationInput,
	WithdrawalInput
} from '../schemas/open-licences.ts';
import type { OpenLicenceFeeBasis, OpenLicenceStatus } from '../vocabularies/open-licence.ts';
import type { RoyaltyBase, RoyaltyPeriod } from '../vocabularies/income.ts';
import { openLicenceRefusal, refuseOpenLicence, type OpenLicenceRefusal } from './open-licence-refusals.ts';

// Open licences 专利开放许可 (docs/domain.md, "Open licences"; Patent Law Art. 50–52). The steps,
// who may take which, and what each step freezes are the database's
// (supabase/migrations/…_open_licences.sql, …_open_licence_acceptance.sql); this module turns its
// answers into results a page can explain. RLS decides what each reader sees: officers their
// university's declarations in every status, everybody else announced and withdrawn ones.

export interface Declaration {
	id: string;
	patentId: string;
	listingId: string;
	listingTitle: string;
	applicationNumber: string;
	patentType: string;
	patentTitle: string;
	institutionId: string;
	institutionNameZh: string;
	institutionNameEn: string;
	status: OpenLicenceStatus;
	feeBasis: OpenLicenceFeeBasis;
	lumpSumFen: number | null;
	/** As Postgres prints numeric(5,2), e.g. "3.50". */
	royaltyPercent: string | null;
	royaltyBase: RoyaltyBase | null;
	royaltyPeriod: RoyaltyPeriod | null;
	paymentMethod: string;
	termMonths: number;
	fieldLimits: string;
	contact: string;
	evaluationReportKey: string | null;
	submittedOn: string | null;
	announcementNumber: string | null;
	announcedOn: string | null;
	withdrawalAnnouncementNumber: string | null;
	withdrawnOn: string | null;
	/** Licences granted under it (the public number; app.open_licence_take_up_count). */
	takeUpCount: number;
	createdAt: Date;
	updatedAt: Date;
}

const columns = sql`d.id, d.patent_id as "patentId", d.listing_id as "listingId", l.title as "listingTitle",
	p.application_number as "applicationNumber", p.patent_type as "patentType", p.title as "patentTitle",
	d.institution_id as "institutionId", o.name_zh as "institutionNameZh",
	coalesce(nullif(o.name_en, ''), o.name_zh) as "institutionNameEn", d.status, d.fee_basis as "feeBasis",
	d.lump_sum_fen as "lumpSumFen", d.royalty_percent::text as "royaltyPercent", d.royalty_base as "royaltyBase",
	d.royalty_period as "royaltyPeriod", d.payment_method as "paymentMethod", d.term_months as "termMonths",
	d.field_limits as "fieldLimits", d.contact, d.evaluation_report_key as "evaluationReportKey",
	to_char(d.submitted_on, 'YYYY-MM-DD') as "submittedOn", d.announcement_number as "announcementNumber",
	to_char(d.announced_on, 'YYYY-MM-DD') as "announcedOn",
	d.withdrawal_announcement_number as "withdrawalAnnouncementNumber",
	to_char(d.withdrawn_on, 'YYYY-MM-DD') as "withdrawnOn",
	app.open_licence_take_up_count(d.id) as "takeUpCount", d.created_at as "createdAt", d.updated_at as "updatedAt"`;

const selectFrom = (where: SqlFragment) => sql`select ${columns}
	from public.open_licence_declarations d
	join public.patents p on p.id = d.patent_id
	join public.listings l on l.id = d.listing_id
	join public.organizations o on o.id = d.institution_id
	where ${where}`;

export type WriteResult = { ok: true; id: string } | OpenLicenceRefusal;

/** One declaration as this reader may see it, or null. */
export async function getDeclaration(db: Executor, id: string): Promise<Declaration | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Declaration>(selectFrom(sql`d.id = ${id}`));
	return row ?? null;
}

/** The declarations of the officer's universities, newest first; `status` narrows them. */
export function listDeclarationsForOfficer(
	db: Executor,
	filter: { status?: OpenLicenceStatus } = {}
): Promise<Declaration[]> {
	const status = filter.status ? sql`and d.status = ${filter.status}::public.open_licence_status` : sql``;
	return db.query<Declaration>(
		selectFrom(sql`d.institution_id in (select app.officer_institutions()) ${status} order by d.updated_at desc, d.id`)
	);
}

/** Every announced declaration (the public list), newest announcement first; one university's if given. */
export function listAnnounced(db: Executor, filter: { universityId?: string } = {}): Promise<Declaration[]> {
	const university = filter.universityId ? sql`and d.institution_id = ${filter.universityId}` : sql``;
	return db.query<Declaration>(
		selectFrom(sql`d.status = 'announced' ${university} order by d.announced_on desc, d.created_at desc, d.id`)
	);
}

export interface DeclarablePatent {
	patentId: string;
	listingId: string;
	listingTitle: string;
	applicationNumber: string;
	patentType: string;
	patentTitle: string;
}

/** Granted patents of the officer's published listings that have no declaration standing or drafted. */
export function listDeclarablePatents(db: Executor): Promise<DeclarablePatent[]> {
	return db.query<DeclarablePatent>(sql`
		select p.id as "patentId", l.id as "listingId", l.title as "listingTitle", p.application_number as "applicationNumber",
		       p.patent_type as "patentType", p.title as "patentTitle"
		from public.patents p join public.listings l on l.id = p.listing_id
		where l.status = 'published' and p.legal_status = 'granted'
		  and l.institution_id in (select app.officer_institutions())
		  and not exists (select 1 from public.open_licence_declarations d where d.patent_id = p.id and d.status <> 'withdrawn')
		order by l.title, p.position`);
}

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

export interface Licensee {
	dealId: string;
	companyId: string;
	companyNameZh: string;
	companyNameEn: string;
	acceptedAt: Date;
	effectiveOn: string | null;
}

/** Who took the licence: the university's officers only (nobody else gets a row). */
export function listLicensees(db: Executor, declarationId: string): Promise<Licensee[]> {
	if (!isUuid(declarationId)) return Promise.resolve([]);
	return db.query<Licensee>(sql`
		select deal_id as "dealId", company_id as "companyId", company_name_zh as "companyNameZh",
		       coalesce(nullif(company_name_en, ''), company_name_zh) as "companyNameEn", accepted_at as "acceptedAt",
		       to_char(effective_on, 'YYYY-MM-DD') as "effectiveOn"
		from app.open_licence_licensees(${declarationId})`);
}
