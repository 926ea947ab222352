import { hasErrorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import type { PricingMethod } from '../vocabularies/notice.ts';

// How a deal's price was found (协议定价 / 挂牌交易 / 拍卖). A price found on a technology
// exchange records the exchange and its reference number instead of running the university's
// notice; the database checks it on entering public_notice (app.guard_deal_notice) and keeps it
// frozen while the deal is there. Officers of the university only (RLS on deals).

export interface DealPricing {
	pricingMethod: PricingMethod;
	exchangeName: string | null;
	exchangeReference: string | null;
}

export async function getPricing(db: Executor, dealId: string): Promise<DealPricing | null> {
	const [row] =
		await db.query<DealPricing>(sql`select pricing_method as "pricingMethod", exchange_name as "exchangeName",
		exchange_reference as "exchangeReference" from public.deals where id = ${dealId}`);
	return row ?? null;
}

export type PricingResult = { ok: true } | { ok: false; reason: 'not_allowed' };

export async function updatePricing(db: Executor, dealId: string, pricing: DealPricing): Promise<PricingResult> {
	try {
		const rows =
			await db.query(sql`update public.deals set pricing_method = ${pricing.pricingMethod}::public.pricing_method,
			exchange_name = ${pricing.exchangeName}, exchange_reference = ${pricing.exchangeReference}
			where id = ${dealId} returning id`);
		return rows.length ? { ok: true } : { ok: false, reason: 'not_allowed' };
	} catch (error) {
		// A closed deal, or one whose terms are frozen in its public notice.
		// (A check violation cannot come from a parsed form; it is refused all the same, never a 500.)
		if (
			hasErrorCode(
				error,
				databaseErrors.dealMoveIllegal,
				postgresErrors.insufficientPrivilege,
				postgresErrors.checkViolation
			)
		)
			return { ok: false, reason: 'not_allowed' };
		throw error;
	}
}
