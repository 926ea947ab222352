/**
 * What the deal room offers now: the moves a reader may make at this moment and the next step
 * to show first (docs/domain.md, "Deal room"). The pipeline itself is `deal-stages.ts`; this
 * only narrows it by role and by the clock, so a button is never offered that the database
 * would refuse (app.deal_stage_move_allowed and the public-notice check).
 */
import { isClosed, nextStages, type DealStage } from './deal-stages.ts';
import type { Role } from '../vocabularies/people.ts';
import { shanghaiDay } from './shanghai-clock.ts';

const dayMs = 24 * 3600 * 1000;

export interface DealMoment {
	stage: DealStage;
	role: Role;
	/** When the public notice ends (set on entering public_notice), or null. */
	noticeEndsAt: Date | null;
	now: Date;
	/** Objections to the running notice still open: the database refuses signing while any is. */
	openObjections?: number;
}

/** Whether the notice still runs: the database refuses signing while now < its end. */
export function noticeRunning(noticeEndsAt: Date | null, now: Date): boolean {
	return noticeEndsAt !== null && now.getTime() < noticeEndsAt.getTime();
}

/** Whole days left in the notice, counting a started day as one (0 once it has ended). */
export function noticeDaysLeft(noticeEndsAt: Date, now: Date): number {
	return Math.max(0, Math.ceil((noticeEndsAt.getTime() - now.getTime()) / dayMs));
}

/** Only officers move stages; signing waits for the notice to end. */
export function possibleMoves({ stage, role, noticeEndsAt, now, openObjections = 0 }: DealMoment): DealStage[] {
	if (role !== 'officer') return [];
	return nextStages(stage).filter(
		(to) => !(to === 'signed' && (noticeRunning(noticeEndsAt, now) || openObjections > 0))
	);
}

/** A move that closes the deal, won or lost: the database requires a reason for it. */
export const isClosingMove = (to: DealStage): boolean => isClosed(to);

export type NextStep =
	| { kind: 'closed'; stage: DealStage }
	/** The notice runs: nobody can sign until `endsOn`. */
	| { kind: 'notice'; daysLeft: number; endsOn: string }
	/** The notice's days have run, but objections to it are still open. */
	| { kind: 'objections'; count: number }
	/** The reader can make this forward move now. */
	| { kind: 'move'; stage: DealStage }
	/** The next forward move is an officer's; the reader waits for it. */
	| { kind: 'wait'; stage: DealStage };

/** The one thing to show first: the forward move (never the abandon move), or why there is none. */
export function nextStep(moment: DealMoment): NextStep {
	const { stage, noticeEndsAt, now } = moment;
	if (isClosed(stage)) return { kind: 'closed', stage };
	const forward = nextStages(stage).find((to) => to !== 'closed_lost');
	if (!forward) return { kind: 'closed', stage };
	if (forward === 'signed' && noticeEndsAt && noticeRunning(noticeEndsAt, now))
		return { kind: 'notice', daysLeft: noticeDaysLeft(noticeEndsAt, now), endsOn: shanghaiDay(noticeEndsAt) };
	if (forward === 'signed' && (moment.openObjections ?? 0) > 0)
		return { kind: 'objections', count: moment.openObjections! };
	return possibleMoves(moment).includes(forward) ? { kind: 'move', stage: forward } : { kind: 'wait', stage: forward };
}
