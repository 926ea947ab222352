import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import type { Vocabulary } from '../../src/lib/vocabularies/define.ts';
import {
	cooperationModes,
	industries,
	legalStatuses,
	listingStatuses,
	patentTypes
} from '../../src/lib/vocabularies/listing.ts';
import { dealStages, declineReasons, interestStatuses, interestTimelines } from '../../src/lib/vocabularies/deal.ts';
import { membershipStatuses, organizationKinds, roles } from '../../src/lib/vocabularies/people.ts';
import { agencyServices, agencyTypes } from '../../src/lib/vocabularies/agency.ts';
import { valuationMethods, valuationPurposes, valuationStatuses } from '../../src/lib/vocabularies/valuation.ts';
import { pledgeStatuses } from '../../src/lib/vocabularies/pledge.ts';
import { feeDecisions } from '../../src/lib/vocabularies/portfolio.ts';
import { openLicenceFeeBases, openLicenceStatuses } from '../../src/lib/vocabularies/open-licence.ts';
import { notificationKinds } from '../../src/lib/vocabularies/activity.ts';
import { serviceCaseStatuses } from '../../src/lib/vocabularies/service-case.ts';
import { proposalStatuses } from '../../src/lib/vocabularies/proposal.ts';
import { noticeStatuses, objectionStatuses, pricingMethods } from '../../src/lib/vocabularies/notice.ts';
import {
	deductionKindLabels,
	distributionRecipients,
	incomeLineKinds,
	royaltyBases,
	royaltyPeriods
} from '../../src/lib/vocabularies/income.ts';
import { driver, openTestDatabase } from './setup/database.ts';

// Each SQL enum holds the values of its vocabulary table, in the same order (forms and filters
// show the table's order; the deal pipeline's order is the stage order in both).
const enums: [string, Vocabulary<string>][] = [
	['user_role', roles],
	['organization_kind', organizationKinds],
	['membership_status', membershipStatuses],
	['industry', industries],
	['cooperation_mode', cooperationModes],
	['patent_type', patentTypes],
	['patent_legal_status', legalStatuses],
	['listing_status', listingStatuses],
	['interest_status', interestStatuses],
	['proposal_status', proposalStatuses],
	['interest_timeline', interestTimelines],
	['decline_reason', declineReasons],
	['deal_stage', dealStages],
	['pricing_method', pricingMethods],
	['notice_status', noticeStatuses],
	['objection_status', objectionStatuses],
	['royalty_base', royaltyBases],
	['royalty_period', royaltyPeriods],
	['income_line_kind', incomeLineKinds],
	['deduction_kind', deductionKindLabels],
	['distribution_recipient', distributionRecipients],
	['open_licence_status', openLicenceStatuses],
	['open_licence_fee_basis', openLicenceFeeBases],
	['agency_type', agencyTypes],
	['agency_service', agencyServices],
	['valuation_purpose', valuationPurposes],
	['valuation_method', valuationMethods],
	['valuation_status', valuationStatuses],
	['service_case_status', serviceCaseStatuses],
	['pledge_status', pledgeStatuses],
	['portfolio_fee_decision', feeDecisions]
];

describe(`vocabularies against the database on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('covers every enum type the schema defines', async () => {
		const types = await database.query<{ name: string }>(sql`
			select t.typname as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
			where n.nspname = 'public' and t.typtype = 'e' order by 1`);
		expect(types.map((type) => type.name)).toEqual(enums.map(([name]) => name).sort());
	});

	it.each(enums)('public.%s has the vocabulary’s values in its order', async (name, vocabulary) => {
		const [row] = await database.query<{ values: string[] }>(sql`
			select array_agg(e.enumlabel::text order by e.enumsortorder) as values
			from pg_enum e join pg_type t on t.oid = e.enumtypid join pg_namespace n on n.oid = t.typnamespace
			where n.nspname = 'public' and t.typname = ${name}`);
		expect(row.values).toEqual([...vocabulary.values]);
	});

	it('lets notifications be of exactly the kinds the vocabulary labels', async () => {
		const [row] = await database.query<{ definition: string }>(sql`
			select pg_get_constraintdef(c.oid) as definition from pg_constraint c
			where c.conrelid = 'public.notifications'::regclass and c.conname = 'notifications_kind_check'`);
		const allowed = [...row.definition.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]);
		expect(allowed.sort()).toEqual([...notificationKinds.values].sort());
	});
});
