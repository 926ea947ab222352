/**
 * The deal pipeline (docs/domain.md, "Deal"). The database enforces these moves
 * (app.deal_stage_move_allowed); this copy decides which buttons to show, and a database
 * test checks that both agree on every pair of stages.
 */
import { dealStages, type DealStage } from '../vocabularies/deal.ts';

export type { DealStage };
const stages = dealStages.values;

export const openStages = stages.filter((stage) => stage !== 'closed_won' && stage !== 'closed_lost');

export function isClosed(stage: DealStage): boolean {
	return stage === 'closed_won' || stage === 'closed_lost';
}

/** One step forward, or lost from any open stage; won only after signing. */
export function canMoveDeal(from: DealStage, to: DealStage): boolean {
	if (isClosed(from)) return false;
	if (to === 'closed_lost') return true;
	return stages.indexOf(to) === stages.indexOf(from) + 1;
}

export function nextStages(from: DealStage): DealStage[] {
	return stages.filter((to) => canMoveDeal(from, to));
}

/** A next action is overdue from the day after its date (dates are Asia/Shanghai calendar days). */
export function isOverdue(nextActionOn: string | null, today: string): boolean {
	return nextActionOn !== null && nextActionOn < today;
}
