import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';

export interface AuditEvent {
	id: number;
	action: string;
	entityType: string;
	entityId: string;
	entityLabel: string | null;
	actorName: string | null;
	before: Record<string, unknown> | null;
	after: Record<string, unknown> | null;
	createdAt: Date;
}

const pageSize = 30;

/** Newest first. RLS shows the log to admins only; others get an empty page. */
export async function listAuditEvents(db: Executor, page: number) {
	const events = await db.query<AuditEvent>(sql`
		select e.id, e.action, e.entity_type as "entityType", e.entity_id as "entityId",
		       coalesce(target.display_name, organization.name_zh, nullif(listing.title, ''), template.name,
		                case when e.entity_type = 'deals' then app.audit_deal_label(e.entity_id::uuid)
		                     when e.entity_type = 'open_licence_declarations'
		                     then app.audit_declaration_label(e.entity_id::uuid) end) as "entityLabel",
		       actor.display_name as "actorName", e.before, e.after, e.created_at as "createdAt"
		from public.audit_events e
		left join public.profiles actor on actor.id = e.actor_id
		left join public.profiles target on e.entity_type = 'profiles' and target.id::text = e.entity_id
		left join public.organizations organization
		       on e.entity_type = 'organizations' and organization.id::text = e.entity_id
		left join public.listings listing on e.entity_type = 'listings' and listing.id::text = e.entity_id
		left join public.licence_templates template on e.entity_type = 'licence_templates' and template.id::text = e.entity_id
		order by e.id desc
		limit ${pageSize + 1} offset ${(page - 1) * pageSize}`);
	return { events: events.slice(0, pageSize), hasMore: events.length > pageSize };
}
