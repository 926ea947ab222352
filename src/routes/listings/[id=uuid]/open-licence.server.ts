import * as openLicencePublic from '$lib/server/open-licence-public';

export interface ListingOpenLicences {
	/** Who reads: a company may accept, anyone signed out may sign in to, others read why not. */
	reader: 'company' | 'anonymous' | 'other';
	declarations: (openLicencePublic.PublicDeclaration & { takenDealId: string | null })[];
}

/**
 * The listing's announced open licences (public, read as anon whoever asks) and, for a company, the
 * deal it made by taking one. A listing without any costs one indexed query.
 */
export async function loadOpenLicences(locals: App.Locals, listingId: string): Promise<ListingOpenLicences> {
	const user = locals.user;
	const reader = !user ? 'anonymous' : user.role === 'company' && user.organizationId ? 'company' : 'other';
	const declarations = await openLicencePublic.listListingDeclarations(locals.publicDb, listingId);
	return {
		reader,
		declarations: await Promise.all(
			declarations.map(async (declaration) => ({
				...declaration,
				takenDealId:
					reader === 'company'
						? ((await openLicencePublic.getTakenLicence(locals.db, declaration.id, user!.organizationId!))?.dealId ??
							null)
						: null
			}))
		)
	};
}
