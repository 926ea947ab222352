import type { PageServerLoad } from './$types';
import { noticeFilterSchema } from '$lib/schemas/notice';
import * as notices from '$lib/server/notices';
import { realtimeHub } from '$lib/server/app/runtime';
import { reloadKeys, topics } from '$lib/contracts/realtime-topics';

// Public and server-rendered: anyone, signed in or not, reads every notice (RLS public_notices_read).
// Read through the anonymous executor whoever asks (the list is the same for every reader), and
// the two queries run together.
export const load: PageServerLoad = async ({ locals, url, depends }) => {
	// Live: a new notice, a withdrawal or an objection reloads the list (the page subscribes).
	depends(reloadKeys.notices);
	const since = (await realtimeHub()).latestId;
	const filter = noticeFilterSchema.parse(Object.fromEntries(url.searchParams));
	const [list, institutions] = await Promise.all([
		notices.listNotices(locals.publicDb, filter),
		notices.listNoticeInstitutions(locals.publicDb)
	]);
	return { ...list, institutions, filter, topics: [topics.notices()], since };
};
