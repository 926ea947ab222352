import { z } from 'zod';
import { uuid } from './fields.ts';

/** How many listings a proposal names at most (the database holds the same limit). */
export const maximumProposalListings = 5;

const text = (maximum: number) => z.string().trim().max(maximum, { error: 'error_too_long' });

/**
 * A researcher's answer to a need. `researcher` is sent by an officer answering for a researcher
 * of their university; a researcher's own form has none. The creation key is made when the form
 * is shown: sent twice, it makes one proposal.
 */
export const proposalSchema = z.object({
	creationKey: uuid,
	researcher: z.union([z.literal(''), uuid]).default(''),
	approach: text(4000).min(1, { error: 'error_required' }),
	team: text(2000).default(''),
	timeline: text(1000).default(''),
	listings: z.array(uuid).max(maximumProposalListings, { error: 'proposal_error_too_many_listings' }).default([])
});
export type ProposalInput = z.output<typeof proposalSchema>;

export const proposalTargetSchema = z.object({ proposal: uuid });

export const declineProposalSchema = proposalTargetSchema.extend({
	reason: text(1000).min(1, { error: 'proposal_error_reason_required' })
});

/** Turned into an interest in one listing the proposal names: the company picks which. */
export const convertProposalSchema = proposalTargetSchema.extend({
	listing: z.uuid({ error: 'proposal_error_choose_listing' })
});
