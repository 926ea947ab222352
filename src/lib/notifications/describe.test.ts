import { describe, expect, it } from 'vitest';
import { inLocale } from '../server/app/in-locale.ts';
import { describeNotification, type DescribedNotification } from './describe.ts';

const none: DescribedNotification = {
	kind: 'interest_received',
	listingId: null,
	listingTitle: null,
	dealId: null,
	serviceCaseId: null,
	pledgeId: null,
	proposalId: null,
	needId: null,
	message: null
};

describe('describeNotification', () => {
	it('words a notification in the language asked for, with the page it leads to', () => {
		const interest = { ...none, listingId: 'l-1', listingTitle: '石墨烯涂层' };
		const chinese = inLocale('zh-CN', () => describeNotification(interest));
		const english = inLocale('en', () => describeNotification(interest));
		expect(chinese.link).toEqual({ path: '/listings/l-1', text: '石墨烯涂层' });
		expect(english.link).toEqual(chinese.link);
		expect(chinese.title).not.toBe(english.title);
		expect(chinese.title).toMatch(/[\u4e00-\u9fff]/);
		expect(english.title).toMatch(/^[\x20-\x7e]+$/);
	});
	it('leads a deal notice to the deal room before the listing, and a received proposal to its need', () => {
		expect(describeNotification({ ...none, dealId: 'd-1', listingId: 'l-1' }).link?.path).toBe('/deals/d-1');
		const proposal = { ...none, kind: 'proposal_received', proposalId: 'p-1', needId: 'n-1' };
		expect(describeNotification(proposal).link?.path).toBe('/needs/n-1#proposals');
		expect(describeNotification({ ...proposal, kind: 'proposal_shortlisted' }).link?.path).toBe('/proposals');
		// The link names the need it answers, where the reader may see it.
		const named = describeNotification({ ...proposal, kind: 'proposal_declined', needTitle: '快充热管理' });
		expect(named.link).toEqual({ path: '/proposals', text: '快充热管理' });
	});
	it('shows a stored message as its detail, in words where it is a key', () => {
		expect(describeNotification({ ...none, kind: 'interest_message', message: '您好' }).detail).toBe('您好');
		const fees = inLocale('en', () => describeNotification({ ...none, kind: 'portfolio_fee_due', message: '3' }));
		expect(fees.link?.path).toBe('/portfolio/watch');
		expect(fees.detail).toContain('3');
		expect(describeNotification({ ...none, kind: 'service_case', serviceCaseId: 'c-1', message: 'x' }).detail).toBe(
			null
		);
	});
	it('leads alerts to the matching listing, or to the need that matched a researcher’s listing', () => {
		const search = { ...none, kind: 'saved_search_match', listingId: 'l-1', listingTitle: '电池', message: '储能' };
		const described = inLocale('en', () => describeNotification(search));
		expect(described.link).toEqual({ path: '/listings/l-1', text: '电池' });
		expect(described.detail).toBe('Saved search: 储能');
		const toCompany = { ...none, kind: 'need_listing_match', listingId: 'l-1', needId: 'n-1', message: '热管理' };
		expect(describeNotification(toCompany).link?.path).toBe('/listings/l-1');
		const toResearcher = { ...toCompany, kind: 'listing_need_match' };
		const words = inLocale('zh-CN', () => describeNotification(toResearcher));
		expect(words.link?.path).toBe('/needs/n-1');
		expect(words.detail).toBe('需求：热管理');
	});
	it('leads an admin to the organisations to verify, naming the new one', () => {
		const awaiting = { ...none, kind: 'organization_awaiting', message: '渝新材料股份有限公司' };
		const words = inLocale('zh-CN', () => describeNotification(awaiting));
		expect(words).toEqual({
			title: '有新机构等待认证',
			link: { path: '/admin/organizations?show=unverified', text: '查看并认证' },
			detail: '渝新材料股份有限公司'
		});
	});
});
