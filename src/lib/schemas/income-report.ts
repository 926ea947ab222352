import { z } from 'zod';
import { reportGroupings } from '../rules/income-report.ts';
import { industries } from '../vocabularies/listing.ts';

// The income report's and the statements' URLs (GET forms, so they work without scripts and can be
// bookmarked). Like every search in the app, a malformed report filter means "no filter"; a
// statement's URL names one statement, so a malformed one is refused (the route answers 404).

const year = z.coerce.number().int().min(1990).max(2199);
const optional = <Schema extends z.ZodType>(schema: Schema) => schema.nullable().catch(null);

export const reportQuerySchema = z.object({
	year: optional(year),
	university: optional(z.uuid()),
	college: optional(z.uuid()),
	industry: optional(z.enum(industries.values)),
	group: z.enum(reportGroupings).catch('year')
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

const get = (parameters: URLSearchParams, name: string) => parameters.get(name) || null;

export function readReportQuery(parameters: URLSearchParams): ReportQuery {
	return reportQuerySchema.parse({
		year: get(parameters, 'year'),
		university: get(parameters, 'university'),
		college: get(parameters, 'college'),
		industry: get(parameters, 'industry'),
		group: get(parameters, 'group') ?? undefined
	});
}

/** The year the statements page lists: one of the years offered, or none. */
export const statementsYearSchema = optional(year);

/**
 * One statement: for a year or for a deal (exactly one), for an inventor by account or by the
 * name on their lines (exactly one; a researcher's own statement needs neither).
 */
export const statementQuerySchema = z
	.object({
		year: year.optional(),
		deal: z.uuid().optional(),
		profile: z.uuid().optional(),
		name: z.string().trim().min(1).max(80).optional()
	})
	.refine((query) => (query.year === undefined) !== (query.deal === undefined))
	.refine((query) => query.profile === undefined || query.name === undefined);
export type StatementQuery = z.infer<typeof statementQuerySchema>;

export function readStatementQuery(parameters: URLSearchParams): StatementQuery | null {
	const parsed = statementQuerySchema.safeParse({
		year: parameters.get('year') ?? undefined,
		deal: parameters.get('deal') ?? undefined,
		profile: parameters.get('profile') ?? undefined,
		name: parameters.get('name') ?? undefined
	});
	return parsed.success ? parsed.data : null;
}
