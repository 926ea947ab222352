/**
 * A Content-Disposition for a download: an ASCII file name for old clients and the UTF-8 one
 * (RFC 6266, RFC 8187) for the others, so a statement can carry an inventor's Chinese name.
 */
export function attachment(fileName: string): string {
	const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	const encoded = encodeURIComponent(fileName).replace(
		/['()*]/g,
		(char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
