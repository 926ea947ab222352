import { z } from 'zod';
import { optionalDate, pageParameter, searchText, uuid } from './fields.ts';

// The portfolio pages' inputs (docs/domain.md, "Patent portfolio"). URL parameters that cannot be
// used mean no filter; form fields get a message key.

const statuses = ['pending', 'granted', 'lapsed'] as const;
const types = ['invention', 'utility_model', 'design'] as const;

export const portfolioFilterSchema = z.object({
	status: z.enum(statuses).nullable().catch(null),
	type: z.enum(types).nullable().catch(null),
	q: searchText(100).transform((text) => (text === '' ? null : text)),
	page: pageParameter
});

export function readPortfolioFilter(params: URLSearchParams) {
	return portfolioFilterSchema.parse({
		status: params.get('status'),
		type: params.get('type'),
		q: params.get('q') ?? '',
		page: params.get('page') ?? 1
	});
}

/** The watch's address: a page, and `show=undecided` for the fees still awaiting a decision. */
export function readWatchFilter(params: URLSearchParams) {
	return { page: pageParameter.parse(params.get('page') ?? 1), undecidedOnly: params.get('show') === 'undecided' };
}

export const feeDecisions = ['keep', 'let_lapse', 'open_licence', 'offer'] as const;

export const feeDecisionSchema = z.object({
	patentId: uuid,
	dueOn: optionalDate.pipe(z.string({ error: 'error_invalid' })),
	decision: z.enum(feeDecisions, { error: 'portfolio_error_decision_required' }),
	note: z.string().trim().max(500, { error: 'error_too_long' }).default(''),
	lapseNow: z
		.string()
		.optional()
		.transform((value) => value === 'on'),
	creationKey: uuid
});
export type FeeDecisionInput = z.output<typeof feeDecisionSchema>;

export const importTokenSchema = z.object({ token: uuid });

/** Portfolio patents (checkboxes, one `patents` entry each) handed to a researcher as a listing draft. */
export const handOverSchema = z.object({
	patents: z
		.array(uuid)
		.min(1, { error: 'portfolio_error_choose_patents' })
		.max(50, { error: 'portfolio_error_choose_patents' }),
	researcherId: z.uuid({ error: 'portfolio_error_choose_researcher' }),
	creationKey: uuid
});
