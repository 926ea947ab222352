import type { PageServerLoad } from './$types';
import * as needs from '$lib/server/needs';

export const load: PageServerLoad = async ({ locals }) => {
	const company = locals.user?.role === 'company' ? locals.user.organizationId : null;
	const [open, own] = await Promise.all([
		needs.listOpenNeeds(locals.db),
		company ? needs.listCompanyNeeds(locals.db, company) : Promise.resolve([])
	]);
	return {
		needs: open,
		own,
		canPost: locals.user?.role === 'company',
		// Researchers and officers send proposals, companies receive them: /proposals lists them.
		proposalsLink: ['researcher', 'officer', 'company'].includes(locals.user?.role ?? '')
	};
};
