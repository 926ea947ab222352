import { z } from 'zod';
import { uuid } from './fields.ts';

// The public side of open licences (docs/domain.md, "Open licences: the public side").

/** /open-licences?institution=…&page=…: anything malformed means no filter. */
export const openLicenceFilterSchema = z.object({
	institution: uuid.optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});
export type OpenLicenceFilter = z.infer<typeof openLicenceFilterSchema>;

/**
 * Taking an open licence: the key the accept page put in its form (a Back and resubmit sends it
 * again and lands on the deal it made) and the box saying the terms were read.
 */
export const acceptOpenLicenceSchema = z.object({
	acceptanceKey: uuid,
	// A literal, not an optional refined: zod skips an optional key the form leaves out, and an
	// unticked box is no field at all. Its message covers a missing box and any other value.
	confirmed: z.literal('on', { error: 'open_licence_error_confirm_required' })
});
