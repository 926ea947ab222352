import { z } from 'zod';
import { optionalDate, uuid } from './fields.ts';
import { basisPoints } from '../rules/income.ts';
import {
	citationComplete,
	incomeKinds,
	policyProblems,
	recipients,
	shareField,
	type ShareField,
	type Shares
} from '../rules/reward-policy.ts';

/** A share typed as a percentage (0–100, two decimals at most), read as basis points by its digits. */
const share = z
	.string()
	.trim()
	.transform((value, context) => {
		const points = /^\d{1,3}(\.\d{1,2})?$/.test(value) ? basisPoints(value) : null;
		if (points !== null) return points;
		context.issues.push({ code: 'custom', message: 'error_percent_range', input: value });
		return z.NEVER;
	});

const shareFields = Object.fromEntries(
	incomeKinds.flatMap((kind) => recipients.map((recipient) => [shareField(kind, recipient), share]))
) as Record<ShareField, typeof share>;

const optionalLine = (maximum: number) => z.string().trim().max(maximum, { error: 'error_too_long' });

/**
 * A new version of a university's reward policy. `version` is the number the form expects to
 * create (the database refuses it once another was published: a stale form); `submissionKey` makes
 * a replayed post find its version instead of making another.
 */
export const rewardPolicySchema = z
	.object({
		universityId: uuid,
		version: z.coerce.number().int().min(1).max(100_000),
		submissionKey: uuid,
		effectiveOn: optionalDate.refine((value) => value !== null, { error: 'error_required' }),
		...shareFields,
		regulationTitle: optionalLine(200),
		regulationNumber: optionalLine(100),
		regulationEffectiveOn: optionalDate,
		note: optionalLine(2000)
	})
	.transform((value, context) => {
		const citation = citationComplete({
			title: value.regulationTitle,
			number: value.regulationNumber,
			effectiveOn: value.regulationEffectiveOn ?? ''
		});
		if (citation === null) {
			const missing = {
				regulationTitle: value.regulationTitle === '',
				regulationNumber: value.regulationNumber === '',
				regulationEffectiveOn: value.regulationEffectiveOn === null
			};
			for (const [field, isMissing] of Object.entries(missing))
				if (isMissing)
					context.issues.push({ code: 'custom', path: [field], message: 'error_citation_partial', input: '' });
			return z.NEVER;
		}
		const shares = Object.fromEntries(
			incomeKinds.map((kind) => [
				kind,
				Object.fromEntries(recipients.map((recipient) => [recipient, value[shareField(kind, recipient)]]))
			])
		) as Shares;
		const problems = policyProblems(shares, citation);
		for (const { kind, problem } of problems) {
			const [path, message] =
				problem === 'total'
					? [`${kind}Total`, 'error_share_total']
					: [shareField(kind, 'inventors'), 'error_below_floor'];
			context.issues.push({ code: 'custom', path: [path], message, input: '' });
		}
		if (problems.length > 0) return z.NEVER;
		return {
			universityId: value.universityId,
			version: value.version,
			submissionKey: value.submissionKey,
			effectiveOn: value.effectiveOn as string,
			shares,
			citation: citation
				? { title: value.regulationTitle, number: value.regulationNumber, effectiveOn: value.regulationEffectiveOn! }
				: null,
			note: value.note
		};
	});
export type RewardPolicyInput = z.output<typeof rewardPolicySchema>;
