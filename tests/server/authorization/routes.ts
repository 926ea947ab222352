import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Everything in src/routes that runs on the server, named as the route matrix names it: a page's
 * load `GET /path`, a layout's `GET /path (layout)`, a form action `POST /path ?/name` (the default
 * one `POST /path`), an endpoint `METHOD /path`. Read from the source text, so a route added
 * without a matrix entry fails the test that compares the two.
 */
export function serverRoutes(root = 'src/routes'): string[] {
	const found: string[] = [];
	for (const file of files(root)) {
		const name = file.split(sep).pop()!;
		const directory = relative(root, join(file, '..')).split(sep).join('/');
		const path = `/${directory}`.replace(/\/$/, '') || '/';
		const text = readFileSync(file, 'utf8');
		if (name === '+server.ts') {
			for (const match of text.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g))
				found.push(`${match[1]} ${path}`);
			continue;
		}
		if (name !== '+page.server.ts' && name !== '+layout.server.ts') continue;
		if (/export const load\b/.test(text)) found.push(`GET ${path}${name === '+layout.server.ts' ? ' (layout)' : ''}`);
		const actions = /export const actions[^=]*= \{\n([\s\S]*?)\n\};/.exec(text)?.[1] ?? '';
		for (const match of actions.matchAll(/^\t(\w+): /gm))
			found.push(match[1] === 'default' ? `POST ${path}` : `POST ${path} ?/${match[1]}`);
	}
	return found.sort();
}

function files(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(directory, entry.name)) : [join(directory, entry.name)]
	);
}
