import { constraintName, errorCode, type Executor } from './db/port.ts';
import { databaseConstraints, databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { join, sql, type SqlFragment } from './db/sql.ts';
import { basisPoints } from '../rules/income.ts';
import { incomeKinds, recipients, type Citation, type Shares } from '../rules/reward-policy.ts';
import type { RewardPolicyInput } from '../schemas/reward-policy.ts';

// Reward policies (docs/domain.md, "Reward policy"). Who reads and who publishes, the floors, the
// totals and the version numbering are the database's (supabase/migrations/…_reward_policies.sql);
// this module turns its answers into results a page can explain.

export interface RewardPolicy {
	id: string;
	version: number;
	effectiveOn: string;
	/** Basis points (1 % = 100). */
	shares: Shares;
	citation: Citation;
	note: string;
	createdByName: string | null;
	createdAt: Date;
}

type Row = Omit<RewardPolicy, 'shares' | 'citation'> & {
	percents: Record<string, string>;
	regulationTitle: string | null;
	regulationNumber: string | null;
	regulationEffectiveOn: string | null;
};

const shareColumns = incomeKinds.flatMap((kind) => recipients.map((recipient) => `${kind}_${recipient}`));
const percents = sql([
	`jsonb_build_object(${shareColumns.map((column) => `'${column}', p.${column}::text`).join(', ')}) as percents`
]);
const columns = sql`p.id, p.version, to_char(p.effective_on, 'YYYY-MM-DD') as "effectiveOn", ${percents},
	p.regulation_title as "regulationTitle", p.regulation_number as "regulationNumber",
	to_char(p.regulation_effective_on, 'YYYY-MM-DD') as "regulationEffectiveOn", p.note,
	app.public_display_name(p.created_by) as "createdByName", p.created_at as "createdAt"`;

function policyOf({ percents, regulationTitle, regulationNumber, regulationEffectiveOn, ...row }: Row): RewardPolicy {
	const shares = Object.fromEntries(
		incomeKinds.map((kind) => [
			kind,
			Object.fromEntries(recipients.map((recipient) => [recipient, basisPoints(percents[`${kind}_${recipient}`]) ?? 0]))
		])
	) as Shares;
	const citation =
		regulationTitle && regulationNumber && regulationEffectiveOn
			? { title: regulationTitle, number: regulationNumber, effectiveOn: regulationEffectiveOn }
			: null;
	return { ...row, shares, citation };
}

/** Every version of the university's policy, newest first; none for someone who may not read it. */
export async function listPolicies(db: Executor, universityId: string): Promise<RewardPolicy[]> {
	const rows = await db.query<Row>(sql`select ${columns} from public.reward_policies p
		where p.institution_id = ${universityId} order by p.version desc`);
	return rows.map(policyOf);
}

/** The version in force on `day` (YYYY-MM-DD): the one a deal signed that day uses. */
export async function policyInForce(db: Executor, universityId: string, day: string): Promise<RewardPolicy | null> {
	const [row] = await db.query<Row>(sql`select ${columns}
		from app.reward_policy_in_force(${universityId}, ${day}::date) p where p.id is not null`);
	return row ? policyOf(row) : null;
}

export interface University {
	id: string;
	nameZh: string;
	/** The Chinese name where there is no English one. */
	nameEn: string;
}

/** The universities whose policy this user may publish (an officer's own; every one for an admin). */
export function listWritableUniversities(db: Executor): Promise<University[]> {
	return db.query<University>(sql`select o.id, o.name_zh as "nameZh", coalesce(nullif(o.name_en, ''), o.name_zh) as "nameEn"
		from public.organizations o where o.kind = 'university' and app.may_set_reward_policy(o.id)
		order by o.name_zh`);
}

export type PublishResult =
	{ ok: true; version: number } | { ok: false; reason: 'stale' | 'backdated' | 'below_floors' | 'not_allowed' };

const percent = (points: number): SqlFragment => sql`(${points}::numeric / 100)`;

/** Publishes a new version; a replayed submission answers with the version it already made. */
export async function publishPolicy(db: Executor, input: RewardPolicyInput): Promise<PublishResult> {
	const { shares, citation } = input;
	const values = incomeKinds.flatMap((kind) => recipients.map((recipient) => percent(shares[kind][recipient])));
	try {
		await db.query(sql`insert into public.reward_policies (institution_id, version, effective_on,
			${sql([shareColumns.join(', ')])}, regulation_title, regulation_number, regulation_effective_on, note, submission_key)
			values (${input.universityId}, ${input.version}, ${input.effectiveOn}::date, ${join(values)},
			${citation?.title ?? null}, ${citation?.number ?? null}, ${citation?.effectiveOn ?? null}::date, ${input.note},
			${input.submissionKey})`);
	} catch (error) {
		const code = errorCode(error);
		if (code === databaseErrors.rewardPolicyStale) return { ok: false, reason: 'stale' };
		if (code === databaseErrors.rewardPolicyBackdated) return { ok: false, reason: 'backdated' };
		if (code === postgresErrors.checkViolation && constraintName(error) === databaseConstraints.rewardPolicyFloors)
			return { ok: false, reason: 'below_floors' };
		if (code === postgresErrors.insufficientPrivilege || code === postgresErrors.foreignKeyViolation)
			return { ok: false, reason: 'not_allowed' };
		throw error;
	}
	// Read back by the submission's key: the version just made, or the one an earlier post of this
	// same form made (the database stored nothing the second time).
	const [made] = await db.query<{ version: number }>(
		sql`select version from public.reward_policies where submission_key = ${input.submissionKey}`
	);
	return made ? { ok: true, version: made.version } : { ok: false, reason: 'not_allowed' };
}
