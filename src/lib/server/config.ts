import { z } from 'zod';

const environmentSchema = z.object({
	DATA_DIR: z.string().trim().min(1).default('.data'),
	DATABASE_URL: z
		.string()
		.trim()
		.optional()
		.transform((value) => (value ? value : undefined))
		.refine((value) => value === undefined || /^postgres(ql)?:\/\/.+/.test(value), {
			error: 'DATABASE_URL must be a postgres:// or postgresql:// connection string'
		}),
	MIGRATIONS_DIR: z.string().trim().min(1).default('supabase/migrations'),
	SEED_FILE: z.string().trim().min(1).default('supabase/seed.sql')
});

export type ServerConfig = z.infer<typeof environmentSchema>;

export class ConfigurationError extends Error {}

/** Parses the environment once at start-up; a bad value stops start-up naming the variable. */
export function readConfig(environment: Record<string, string | undefined>): ServerConfig {
	const parsed = environmentSchema.safeParse(environment);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		throw new ConfigurationError(`Invalid configuration. ${problems.join('; ')}`);
	}
	return parsed.data;
}
