import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every form action the app has, read from the route files themselves, so that a new action
 * without fuzz inputs fails the test: `/signin` for a default action, `/deals/[id=uuid]?/move`.
 */
export function listFormActions(routes = 'src/routes'): string[] {
	const found: string[] = [];
	for (const file of pageServerFiles(routes)) {
		const block = /export const actions\b[^=]*=\s*\{([\s\S]*?)\n\};/.exec(readFileSync(file, 'utf8'));
		if (!block) continue;
		const route = '/' + relative(routes, join(file, '..')).split(sep).join('/');
		for (const [, name] of block[1].matchAll(/^\t(\w+):/gm))
			found.push(name === 'default' ? route : `${route === '/' ? '' : route}?/${name}`);
	}
	return found.sort();
}

function pageServerFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return pageServerFiles(path);
		return entry.name === '+page.server.ts' ? [path] : [];
	});
}
