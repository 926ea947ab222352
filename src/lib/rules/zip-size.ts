// What a ZIP archive (an XLSX workbook) says its entries take once inflated, read from its central
// directory without inflating anything: an upload that would fill the memory is refused before a
// library inflates it whole. A lying archive can still understate its sizes; the request body limit
// and the import's row cap bound what is left.

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;

/** The sum of the entries' uncompressed sizes, or null for no readable ZIP (or a ZIP64 one). */
export function zipUncompressedSize(bytes: Uint8Array): number | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end record is at most 22 bytes plus a 65,535-byte comment from the end.
	const earliest = Math.max(0, bytes.length - 22 - 0xffff);
	let end = -1;
	for (let at = bytes.length - 22; at >= earliest; at--) {
		if (view.getUint32(at, true) === endOfDirectory) {
			end = at;
			break;
		}
	}
	if (end < 0) return null;
	const entries = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	let total = 0;
	for (let entry = 0; entry < entries; entry++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== directoryEntry) return null;
		const size = view.getUint32(at + 24, true);
		if (size === 0xffffffff) return null;
		total += size;
		at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return total;
}
