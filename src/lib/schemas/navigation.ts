import { z } from 'zod';
import { industries } from '../vocabularies/listing.ts';
import { ipcNodePattern } from '../rules/patent-navigation.ts';

// The navigation map's URL: an industry and an IPC node, both optional. Like every filter in the
// app, a malformed value means "no filter", so a hand-edited or stale link still shows the map.
const navigationQuerySchema = z.object({
	industry: z.enum(industries.values).nullable().catch(null),
	ipc: z.string().regex(ipcNodePattern).nullable().catch(null)
});
export type NavigationQuery = z.infer<typeof navigationQuerySchema>;

export function readNavigationQuery(parameters: URLSearchParams): NavigationQuery {
	return navigationQuerySchema.parse({
		industry: parameters.get('industry') || null,
		ipc: parameters.get('ipc')?.trim().toUpperCase() || null
	});
}
