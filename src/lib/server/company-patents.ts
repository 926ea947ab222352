import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import type { CompanyPatentInput } from '../schemas/pledge.ts';
import { pledgeCall, type PledgeWrite } from './pledge-refusals.ts';

// A company's patent holdings (docs/domain.md, "Pledge loans"): declared by its members, or
// assigned to it by a deal closed won (derived by app.holdings_of, never copied). Writes are the
// definer functions of supabase/migrations/20261210001000_pledge_loans.sql.

export interface Holding {
	applicationNumber: string;
	title: string;
	patentType: 'invention' | 'utility_model' | 'design';
	legalStatus: 'pending' | 'granted' | 'lapsed';
	grantedOn: string | null;
	source: 'declared' | 'assigned';
	companyPatentId: string | null;
	coOwner: string | null;
	dealId: string | null;
	pledged: boolean;
}

/** The caller's company's holdings (none for anyone else). */
export function listHoldings(db: Executor): Promise<Holding[]> {
	return db.query<Holding>(sql`
		select application_number as "applicationNumber", title, patent_type as "patentType",
		       legal_status as "legalStatus", granted_on::text as "grantedOn", source,
		       company_patent_id as "companyPatentId", co_owner as "coOwner", deal_id as "dealId", pledged
		from app.company_holdings()`);
}

/** A declared patent; a replayed post answers with the row it made; a number declared twice is refused. */
export function declarePatent(db: Executor, input: CompanyPatentInput): Promise<PledgeWrite> {
	return pledgeCall(
		db,
		null,
		sql`select app.declare_company_patent(${input.number}, ${input.title}, ${input.patentType}::public.patent_type,
			${input.legalStatus}::public.patent_legal_status, ${input.grantedOn}::date, ${input.coOwner},
			${input.creationKey}) as id`
	);
}

export function removePatent(db: Executor, id: string): Promise<PledgeWrite> {
	if (!isUuid(id)) return Promise.resolve({ ok: false, reason: 'not_found', field: 'form' });
	return pledgeCall(db, id, sql`select app.remove_company_patent(${id}) as id`);
}
