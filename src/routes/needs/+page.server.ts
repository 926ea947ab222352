import type { PageServerLoad } from './$types';
import * as needs from '$lib/server/needs';
import { industries, type Industry } from '$lib/vocabularies/listing';

export const load: PageServerLoad = async ({ locals, url }) => {
	const company = locals.user?.role === 'company' ? locals.user.organizationId : null;
	// ?industry= narrows the open needs (the navigation map links here by industry); an unknown
	// value shows them all, as the catalogue's filters do.
	const asked = url.searchParams.get('industry') ?? '';
	const industry = (industries.values as readonly string[]).includes(asked) ? (asked as Industry) : null;
	const [open, own] = await Promise.all([
		needs.listOpenNeeds(locals.db, industry),
		company ? needs.listCompanyNeeds(locals.db, company) : Promise.resolve([])
	]);
	return {
		needs: open,
		own,
		industry,
		canPost: locals.user?.role === 'company',
		// Researchers and officers send proposals, companies receive them: /proposals lists them.
		proposalsLink: ['researcher', 'officer', 'company'].includes(locals.user?.role ?? '')
	};
};
