import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { readStatementQuery } from '$lib/schemas/income-report';
import { requireRoles } from '$lib/server/http/guards';
import * as incomeStatements from '$lib/server/income-statements';

/**
 * The statement a download names. Companies are refused (403). A researcher's statement is their
 * own: naming another inventor is a 404, as is a statement whose lines RLS hides from the reader
 * (an officer of another university, an inventor who got no line). Officers name the inventor by
 * account or, for inventors without one, by the name on their lines.
 */
export async function readStatement(locals: App.Locals, url: URL): Promise<incomeStatements.Statement> {
	const user = requireRoles(locals, url, 'researcher', 'officer', 'admin');
	const query = readStatementQuery(url.searchParams);
	if (!query) error(404, m.error_not_found());
	let inventor: incomeStatements.InventorKey;
	if (user.role === 'researcher') {
		if (query.name !== undefined || (query.profile !== undefined && query.profile !== user.id))
			error(404, m.error_not_found());
		inventor = { profileId: user.id };
	} else if (query.profile !== undefined) inventor = { profileId: query.profile };
	else if (query.name !== undefined) inventor = { name: query.name };
	else error(404, m.error_not_found());
	const scope = query.year !== undefined ? { year: query.year } : { dealId: query.deal! };
	const statement = await incomeStatements.getStatement(locals.db, inventor, scope);
	if (!statement) error(404, m.error_not_found());
	return statement;
}

/** "statement-王芳-2026", or for a deal "statement-王芳-deal-<the id's last group>": the download adds the date. */
export function statementFileName(statement: incomeStatements.Statement): string {
	const scope = 'year' in statement.scope ? String(statement.scope.year) : `deal-${statement.scope.dealId.slice(-12)}`;
	return `statement-${statement.inventorName}-${scope}`;
}
