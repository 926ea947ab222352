import { z } from 'zod';
import { industries } from '../vocabularies/listing.ts';
import { funnelDimensions } from '../rules/office-metrics.ts';

// The office metrics' URL (a GET form, so the page and its downloads work without scripts and can
// be bookmarked). Like every filter in the app, a malformed value means "no filter"; the year
// defaults to this year (Asia/Shanghai).

const optional = <Schema extends z.ZodType>(schema: Schema) => schema.nullable().catch(null);

export function metricsQuerySchema(thisYear: number) {
	return z.object({
		year: z.coerce.number().int().min(2000).max(thisYear).catch(thisYear),
		university: optional(z.uuid()),
		college: optional(z.uuid()),
		industry: optional(z.enum(industries.values)),
		by: z.enum(funnelDimensions).catch('industry')
	});
}
export type MetricsQuery = z.infer<ReturnType<typeof metricsQuerySchema>>;

const get = (parameters: URLSearchParams, name: string) => parameters.get(name) || null;

export function readMetricsQuery(parameters: URLSearchParams, thisYear: number): MetricsQuery {
	return metricsQuerySchema(thisYear).parse({
		year: get(parameters, 'year') ?? undefined,
		university: get(parameters, 'university'),
		college: get(parameters, 'college'),
		industry: get(parameters, 'industry'),
		by: get(parameters, 'by') ?? undefined
	});
}

/** The tables a download may name (src/routes/metrics/export/[file]). */
export const metricsTables = ['funnel', 'breakdown', 'stages', 'yearly', 'modes', 'listings'] as const;
export type MetricsTable = (typeof metricsTables)[number];
export const metricsFormats = ['csv', 'xlsx'] as const;

/** `funnel.csv` → its table and format, or null for anything else. */
export function readExportName(name: string): { table: MetricsTable; format: 'csv' | 'xlsx' } | null {
	const parsed = z.tuple([z.enum(metricsTables), z.enum(metricsFormats)]).safeParse(name.split('.'));
	return parsed.success ? { table: parsed.data[0], format: parsed.data[1] } : null;
}
