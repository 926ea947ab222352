/** What a file is, judged by its first bytes rather than its name or the browser's claim. */
export type DetectedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

export function detectFileType(bytes: Uint8Array): DetectedType | null {
	const starts = (signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
	if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
	if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
	return null;
}

export const maximumBytes = { image: 5 * 1024 * 1024, document: 20 * 1024 * 1024 } as const;

export type UploadCheck =
	| { ok: true; contentType: DetectedType; kind: 'image' | 'document' }
	| { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large' };

export function checkUpload(bytes: Uint8Array): UploadCheck {
	if (bytes.length === 0) return { ok: false, reason: 'empty' };
	const contentType = detectFileType(bytes);
	if (!contentType) return { ok: false, reason: 'unsupported_type' };
	const kind = contentType === 'application/pdf' ? 'document' : 'image';
	if (bytes.length > maximumBytes[kind]) return { ok: false, reason: 'too_large' };
	return { ok: true, contentType, kind };
}

/** For documents that must be PDFs (an evaluation report): images are refused like any other type. */
export function checkPdfUpload(bytes: Uint8Array): UploadCheck {
	const check = checkUpload(bytes);
	return check.ok && check.contentType !== 'application/pdf' ? { ok: false, reason: 'unsupported_type' } : check;
}
