import type { PageServerLoad } from './$types';
import { todayInShanghai } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import * as homeSummaries from '$lib/server/home-summaries';
import * as providerHome from '$lib/server/provider-home';
import type { Executor } from '$lib/server/db/port';
import type { Role } from '$lib/vocabularies/people';

// One home per role, named one by one: a role without a home of its own is a type error here,
// never a fall-through into another role's work (the admin's is the organisations to verify).
const homes: Record<Role, (db: Executor) => Promise<homeSummaries.HomeCard[]>> = {
	researcher: async (db) => (await homeSummaries.researcherHome(db)).map(withMembershipLabels),
	company: (db) => homeSummaries.companyHome(db),
	officer: async (db) => (await homeSummaries.officerHome(db, todayInShanghai())).map(withMembershipLabels),
	admin: (db) => homeSummaries.adminHome(db),
	provider: async (db) => (await providerHome.providerHome(db)).map(withProviderLabels)
};

// Translated here, not in RoleHome: the home's first-load JavaScript then carries no provider labels.
const providerLabels: Partial<Record<homeSummaries.HomeCardKind, [() => string, () => string]>> = {
	awaiting_verification: [m.homes_card_awaiting_verification, m.homes_none_awaiting_verification],
	profile_incomplete: [m.homes_card_profile_incomplete, m.homes_none_profile_incomplete],
	cases: [m.homes_cases_title, m.homes_none_cases]
};
// The same for the cards of researchers' confirmation (issue #24).
const membershipLabels: Partial<Record<homeSummaries.HomeCardKind, [() => string, () => string]>> = {
	membership_pending: [m.homes_card_membership, m.homes_none_membership],
	membership_declined: [m.homes_card_membership_declined, m.homes_none_membership],
	pending_researchers: [m.homes_card_pending_researchers, m.homes_none_pending_researchers]
};
function withMembershipLabels(card: homeSummaries.HomeCard): homeSummaries.HomeCard {
	const labels = membershipLabels[card.kind];
	return labels ? { ...card, title: labels[0](), empty: labels[1]() } : card;
}
function withProviderLabels(card: homeSummaries.HomeCard): homeSummaries.HomeCard {
	const labels = providerLabels[card.kind];
	return labels ? { ...card, title: labels[0](), empty: labels[1]() } : card;
}

// Signed in, `/` is the role's home: what to do next. Signed out, the public home.
export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user;
	if (!user) {
		return { cards: null, newListings: await homeSummaries.newestListings(locals.db) };
	}
	return { cards: await homes[user.role](locals.db), newListings: [] };
};
