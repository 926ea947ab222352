import { z } from 'zod';
import { isUuid } from './fields.ts';

/** Realtime topics a browser may ask for: user:<id>, deal:<id>, institution:<id>. */
export const realtimeTopics = z
	.array(z.string().refine((topic) => /^(user|deal|institution):/.test(topic) && isUuid(topic.slice(topic.indexOf(':') + 1))))
	.min(1)
	.max(20);

export const eventId = z.string().regex(/^\d{1,15}$/).transform(Number);
