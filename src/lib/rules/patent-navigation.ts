/**
 * The patent navigation map's arithmetic (docs/domain.md, "Patent navigation"): the counts come
 * from the database as (dimension, key, state, patents) rows; this folds them into one tally per
 * key, and walks the IPC hierarchy section → class → subclass → main group.
 */

export const navigationDimensions = ['industry', 'ipc', 'university', 'year', 'needs'] as const;
export type NavigationDimension = (typeof navigationDimensions)[number];

export interface CountRow {
	dimension: string;
	key: string;
	state: string;
	patents: number;
}

export interface Tally {
	key: string;
	available: number;
	licensed: number;
	openLicence: number;
	total: number;
}

/** An IPC node: 'H' (section), 'H01' (class), 'H01M' (subclass) or 'H01M 10' (main group). */
export const ipcNodePattern = /^[A-H](\d{2}([A-Z]( \d{1,4})?)?)?$/;

const emptyTally = (key: string): Tally => ({ key, available: 0, licensed: 0, openLicence: 0, total: 0 });

/** One tally per key of a dimension, in the order `order` gives (the largest first by default). */
export function tallies(
	rows: readonly CountRow[],
	dimension: NavigationDimension,
	order: (a: Tally, b: Tally) => number = (a, b) => b.total - a.total || a.key.localeCompare(b.key)
): Tally[] {
	const byKey = new Map<string, Tally>();
	for (const row of rows) {
		if (row.dimension !== dimension) continue;
		const tally = byKey.get(row.key) ?? emptyTally(row.key);
		if (row.state === 'licensed') tally.licensed += row.patents;
		else if (row.state === 'open_licence') tally.openLicence += row.patents;
		else tally.available += row.patents;
		tally.total += row.patents;
		byKey.set(row.key, tally);
	}
	return [...byKey.values()].sort(order);
}

/** Ascending keys, an empty key (unknown) last: filing years on a timeline. */
export const byKeyAscending = (a: Tally, b: Tally) =>
	a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key, 'en', { numeric: true });

/** The nodes from the section down to `node`, for the breadcrumb: 'H01M 10' → H, H01, H01M, H01M 10. */
export function ipcAncestors(node: string | null): string[] {
	if (node === null || !ipcNodePattern.test(node)) return [];
	const ancestors = [node.slice(0, 1)];
	if (node.length >= 3) ancestors.push(node.slice(0, 3));
	if (node.length >= 4) ancestors.push(node.slice(0, 4));
	if (node.length > 4) ancestors.push(node);
	return ancestors;
}

/** Whether a node of the map divides further: the whole map, a section, a class, a subclass; a main group does not. */
export function hasIpcChildren(node: string | null): boolean {
	return node === null || node.length <= 4;
}

/** The map's own address with one choice changed: every step of the map is a plain link. */
export function navigationHref(
	current: { industry: string | null; ipc: string | null },
	change: { industry?: string | null; ipc?: string | null }
): string {
	const next = { ...current, ...change };
	const search = [
		next.industry ? `industry=${encodeURIComponent(next.industry)}` : '',
		next.ipc ? `ipc=${encodeURIComponent(next.ipc)}` : ''
	].filter(Boolean);
	return search.length > 0 ? `/navigation?${search.join('&')}` : '/navigation';
}
