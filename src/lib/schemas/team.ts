import { z } from 'zod';
import { displayName, email, locale, newPassword, uuid } from './fields.ts';

// Company teams (docs/domain.md, "Company teams"). Error messages are message keys.

/** An address is optional: without one the invitation is a link to hand over any way. */
export const inviteSchema = z.object({
	/** Makes a replayed post (Back, reload without scripts) find its invitation instead of making another. */
	creationKey: uuid,
	email: z
		.union([z.literal(''), email])
		.optional()
		.default('')
});

export const memberSchema = z.object({ memberId: uuid });

export const invitationSchema = z.object({ invitationId: uuid });

/** The last owner names a successor among the members; anyone else leaves without one. */
export const leaveSchema = z.object({
	successorId: z
		.union([z.literal(''), uuid])
		.optional()
		.default('')
});

/** Signing up through an invitation: no role and no company to name, the link decides both. */
export const invitedSignUpSchema = z.object({ email, password: newPassword, displayName, locale });
