import { z } from 'zod';
import { searchText, uuid } from './fields.ts';
import { roles } from '../vocabularies/people.ts';

export const userSearchSchema = z.object({
	q: searchText(100),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});

export const changeRoleSchema = z.object({ userId: uuid, role: z.enum(roles.values, { error: 'error_invalid' }) });

export const verifyOrganizationSchema = z.object({
	organizationId: uuid,
	verified: z.enum(['true', 'false'], { error: 'error_invalid' }).transform((value) => value === 'true')
});

export const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

export const publicNoticeSchema = z.object({
	organizationId: uuid,
	days: z
		.string()
		.trim()
		.regex(/^\d{1,2}$/, { error: 'error_notice_days' })
		.transform(Number)
		.refine((days) => days <= 90, { error: 'error_notice_days' })
});
