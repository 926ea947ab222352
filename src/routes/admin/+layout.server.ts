import type { LayoutServerLoad } from './$types';
import { requireRole } from '$lib/server/http/guards';

export const load: LayoutServerLoad = ({ locals, url }) => {
	requireRole(locals, url, 'admin');
	return {};
};
