import type { PageServerLoad } from './$types';
import * as listingClosing from '$lib/server/listing-closing';

// The filter the default search leaves out: listings licensed exclusively or transferred.
export const load: PageServerLoad = async ({ locals }) => ({
	listings: await listingClosing.listLicensedListings(locals.db)
});
