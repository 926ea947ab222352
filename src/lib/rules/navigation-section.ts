import type { Role } from '../vocabularies/people.ts';

/**
 * Which navigation link a page belongs to, so the tab stays highlighted on nested pages:
 * editing a listing is "My listings" work for its researcher, a deal room belongs to "Deals",
 * an organisation under /admin to "Admin". Returns the href of that link, or null when the page
 * belongs to none (the links a role sees are in src/routes/NavigationLinks.svelte).
 */

/** The link that holds the role's own work. */
export function roleSectionHref(role: Role | null): string {
	if (role === 'researcher') return '/my/listings';
	if (role === 'officer') return '/review';
	if (role === 'admin') return '/admin/users';
	// An agency's or a bank's staff: the requests and applications addressed to them.
	if (role === 'provider') return '/provider';
	return '/needs';
}

/** Officers and admins have the income report; a researcher's statements belong to their own work. */
export function hasIncomeLink(role: Role | null): boolean {
	return role === 'officer' || role === 'admin';
}

/** Who has the deals link: a provider takes no side in a deal, an admin oversees from /admin. */
export function hasDealsLink(role: Role | null): role is Exclude<Role, 'admin' | 'provider'> {
	return role !== null && role !== 'admin' && role !== 'provider';
}

/** Companies finance their patents (pledge loans) from their own link; a bank's inbox is on its desk. */
export function hasPledgesLink(role: Role | null): boolean {
	return role === 'company';
}

/** Interests and deals are one section; researchers reach it through the deals board. */
export function dealsSectionHref(role: Role): string {
	return role === 'researcher' ? '/deals' : '/interests';
}

export function navigationSection(pathname: string, role: Role | null): string | null {
	const parts = pathname.split('/').filter((part) => part !== '');
	const [first, , third] = parts;
	if (!first) return '/';
	switch (first) {
		case 'listings':
			// The editor is where a researcher works on their own listing.
			if (third === 'edit' && role === 'researcher') return '/my/listings';
			return '/listings';
		case 'saved':
			return '/listings';
		case 'my':
			return role === 'researcher' ? '/my/listings' : null;
		case 'review':
			return role === 'officer' ? '/review' : null;
		case 'open-licences':
			// An officer's declarations are review-desk work; the public list is discovery.
			return parts[1] === 'manage' ? (role === 'officer' ? '/review' : null) : '/listings';
		case 'licence-templates':
			// Standard terms and the listings marked express: review-desk work too.
			return role === 'officer' ? '/review' : null;
		case 'admin':
			return role === 'admin' ? '/admin/users' : null;
		case 'provider':
			return role === 'provider' ? '/provider' : null;
		case 'needs':
			return role === 'company' || role === null ? '/needs' : null;
		case 'deals':
		case 'interests':
			return hasDealsLink(role) ? dealsSectionHref(role) : null;
		case 'income':
			if (hasIncomeLink(role)) return '/income';
			return role === 'researcher' ? '/my/listings' : null;
		case 'pledges':
			return hasPledgesLink(role) ? '/pledges' : role === 'provider' ? '/provider' : null;
		case 'notifications':
			return role ? '/notifications' : null;
		case 'account':
			return role ? '/account' : null;
		case 'signin':
		case 'signup':
		case 'reset-password':
			return role ? null : '/signin';
		default:
			return null;
	}
}
