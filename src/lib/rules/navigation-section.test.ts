import { describe, expect, it } from 'vitest';
import {
	dealsSectionHref,
	hasIncomeLink,
	hasPledgesLink,
	navigationSection,
	roleSectionHref
} from './navigation-section.ts';

const listing = '/listings/00000000-0000-4000-8001-000000000001';

describe('navigationSection', () => {
	it('highlights home only on the home page', () => {
		expect(navigationSection('/', 'researcher')).toBe('/');
		expect(navigationSection('/', null)).toBe('/');
	});

	it('puts a researcher editing a listing under My listings, everyone reading one under Discover', () => {
		expect(navigationSection(`${listing}/edit`, 'researcher')).toBe('/my/listings');
		expect(navigationSection('/my/listings', 'researcher')).toBe('/my/listings');
		// My rewards sits beside My listings, in the researcher's own section.
		expect(navigationSection('/my/rewards', 'researcher')).toBe('/my/listings');
		expect(navigationSection(listing, 'researcher')).toBe('/listings');
		expect(navigationSection(listing, 'officer')).toBe('/listings');
		expect(navigationSection(`${listing}/interest`, 'company')).toBe('/listings');
		expect(navigationSection('/listings', null)).toBe('/listings');
		expect(navigationSection('/saved', 'company')).toBe('/listings');
	});

	it('puts pledge loans under the company’s own link, and a bank’s inbox under its desk', () => {
		expect(hasPledgesLink('company')).toBe(true);
		expect(hasPledgesLink('provider')).toBe(false);
		expect(navigationSection('/pledges/patents', 'company')).toBe('/pledges');
		expect(navigationSection('/pledges/00000000-0000-4000-8039-000000000001', 'provider')).toBe('/provider');
		expect(navigationSection('/pledges', 'researcher')).toBeNull();
	});

	it('keeps deal rooms and interests under the deals link the role sees', () => {
		expect(navigationSection('/deals/00000000-0000-4000-8004-000000000001', 'researcher')).toBe('/deals');
		expect(navigationSection('/deals/00000000-0000-4000-8004-000000000001/documents', 'company')).toBe('/interests');
		expect(navigationSection('/interests', 'officer')).toBe('/interests');
		expect(navigationSection('/deals', 'admin')).toBeNull();
	});

	it('maps each role section and its nested pages', () => {
		expect(navigationSection('/review', 'officer')).toBe('/review');
		// An officer's open licence declarations are review-desk work; the public list is discovery.
		expect(navigationSection('/open-licences/manage/new', 'officer')).toBe('/review');
		expect(navigationSection('/open-licences/manage', 'company')).toBeNull();
		expect(navigationSection('/open-licences', 'company')).toBe('/listings');
		expect(navigationSection('/open-licences/manage/00000000-0000-4000-800b-000000000001', 'officer')).toBe('/review');
		expect(navigationSection('/licence-templates', 'officer')).toBe('/review');
		expect(navigationSection('/licence-templates/00000000-0000-4000-8021-000000000001/version', 'officer')).toBe(
			'/review'
		);
		expect(navigationSection('/licence-templates', 'company')).toBeNull();
		expect(navigationSection('/admin/organizations', 'admin')).toBe('/admin/users');
		expect(navigationSection('/admin/audit', 'admin')).toBe('/admin/users');
		expect(navigationSection('/needs/new', 'company')).toBe('/needs');
		expect(navigationSection('/needs/00000000-0000-4000-8002-000000000001', 'company')).toBe('/needs');
		expect(navigationSection('/notifications', 'company')).toBe('/notifications');
		expect(navigationSection('/account', 'officer')).toBe('/account');
		expect(navigationSection('/signup', null)).toBe('/signin');
	});

	it('puts the income report and statements under Income for officers and admins', () => {
		expect(navigationSection('/income', 'officer')).toBe('/income');
		expect(navigationSection('/income/statements', 'admin')).toBe('/income');
		// A researcher reaches their own statements from My rewards, part of their own work.
		expect(navigationSection('/income/statements', 'researcher')).toBe('/my/listings');
		expect(navigationSection('/income', 'company')).toBeNull();
		expect([null, 'researcher', 'company', 'officer', 'admin'].map((role) => hasIncomeLink(role as never))).toEqual([
			false,
			false,
			false,
			true,
			true
		]);
	});

	it('returns null for pages no link of the role holds', () => {
		expect(navigationSection('/review', 'researcher')).toBeNull();
		expect(navigationSection('/offline', 'company')).toBeNull();
		expect(navigationSection('/account', null)).toBeNull();
	});

	it('names the links each role has', () => {
		expect(roleSectionHref('researcher')).toBe('/my/listings');
		expect(roleSectionHref('officer')).toBe('/review');
		expect(roleSectionHref('admin')).toBe('/admin/users');
		expect(roleSectionHref('company')).toBe('/needs');
		expect(roleSectionHref(null)).toBe('/needs');
		expect(dealsSectionHref('researcher')).toBe('/deals');
		expect(dealsSectionHref('company')).toBe('/interests');
	});
});
