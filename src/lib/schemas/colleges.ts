import { z } from 'zod';
import { isVisibleName, uuid, visibleNameRule } from './fields.ts';

// Universities and colleges (docs/domain.md, "Roles and organisations"); errors are message keys.

const organizationName = z
	.string()
	.trim()
	.min(1, { error: 'error_required' })
	.max(200, { error: 'error_organization_name_length' })
	.refine(isVisibleName, visibleNameRule);
/** The English name may be left empty: the Chinese one then stands for both. */
const englishName = z
	.string()
	.trim()
	.max(200, { error: 'error_organization_name_length' })
	.refine(isVisibleName, visibleNameRule)
	.optional()
	.default('');

export const universitySchema = z.object({ nameZh: organizationName, nameEn: englishName });

export const collegeSchema = z.object({
	universityId: z.uuid({ error: 'error_university_required' }),
	nameZh: organizationName,
	nameEn: englishName
});

export const membershipDecisionSchema = z
	.object({
		researcherId: uuid,
		decision: z.enum(['confirm', 'decline'], { error: 'error_invalid' }),
		reason: z.string().trim().max(500, { error: 'error_membership_reason_length' }).optional().default('')
	})
	.superRefine((value, context) => {
		if (value.decision === 'decline' && value.reason.length === 0)
			context.addIssue({ code: 'custom', path: ['reason'], message: 'error_membership_reason_required' });
	});
