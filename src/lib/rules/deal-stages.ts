/**
 * The deal pipeline (docs/domain.md, "Deal"). The database enforces these moves
 * (app.deal_stage_move_allowed); this copy decides which buttons to show, and a database
 * test checks that both agree on every pair of stages.
 */
export const dealStages = [
	'inquiry',
	'nda',
	'evaluation',
	'negotiation',
	'term_sheet',
	'public_notice',
	'signed',
	'closed_won',
	'closed_lost'
] as const;
export type DealStage = (typeof dealStages)[number];

export const openStages = dealStages.filter((stage) => stage !== 'closed_won' && stage !== 'closed_lost');

export function isClosed(stage: DealStage): boolean {
	return stage === 'closed_won' || stage === 'closed_lost';
}

/** One step forward, or lost from any open stage; won only after signing. */
export function canMoveDeal(from: DealStage, to: DealStage): boolean {
	if (isClosed(from)) return false;
	if (to === 'closed_lost') return true;
	return dealStages.indexOf(to) === dealStages.indexOf(from) + 1;
}

export function nextStages(from: DealStage): DealStage[] {
	return dealStages.filter((to) => canMoveDeal(from, to));
}

/** A next action is overdue from the day after its date (dates are Asia/Shanghai calendar days). */
export function isOverdue(nextActionOn: string | null, today: string): boolean {
	return nextActionOn !== null && nextActionOn < today;
}
