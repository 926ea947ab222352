import type { PageServerLoad } from './$types';
import { noticeFilterSchema } from '$lib/schemas/notice';
import * as notices from '$lib/server/notices';

// Public and server-rendered: anyone, signed in or not, reads every notice (RLS public_notices_read).
export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = noticeFilterSchema.parse(Object.fromEntries(url.searchParams));
	return {
		...(await notices.listNotices(locals.db, filter)),
		institutions: await notices.listNoticeInstitutions(locals.db),
		filter
	};
};
