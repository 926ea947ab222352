import type { PageServerLoad } from './$types';
import { openLicenceFilterSchema } from '$lib/schemas/open-licence-take';
import * as openLicencePublic from '$lib/server/open-licence-public';

// Public and server-rendered: every declaration CNIPA announced (RLS open_licence_declarations_public),
// the same for every reader, so read through the anonymous executor whoever asks.
export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = openLicenceFilterSchema.parse(Object.fromEntries(url.searchParams));
	const [list, institutions] = await Promise.all([
		openLicencePublic.listAnnouncedDeclarations(locals.publicDb, filter),
		openLicencePublic.listAnnouncingInstitutions(locals.publicDb)
	]);
	return { ...list, institutions, filter };
};
