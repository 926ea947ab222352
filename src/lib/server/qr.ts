import { encode } from 'uqr';

/**
 * The QR code of a link, as a matrix of dark modules with its four-module quiet zone (ISO/IEC
 * 18004 asks for four). Error correction M: a poster pinned on a fair's board survives a crease.
 */
export function qrMatrix(text: string): boolean[][] {
	return encode(text, { ecc: 'M', border: 4 }).data;
}
