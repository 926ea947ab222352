import { z } from 'zod';
import { parseTopic } from '../contracts/realtime-topics.ts';

/** Realtime topics a browser may ask for ($lib/contracts/realtime-topics). */
export const realtimeTopics = z
	.array(z.string().refine((topic) => parseTopic(topic) !== null))
	.min(1)
	.max(20);

export const eventId = z
	.string()
	.regex(/^\d{1,15}$/)
	.transform(Number);
