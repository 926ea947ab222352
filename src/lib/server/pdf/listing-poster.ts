import { m } from '$lib/paraglide/messages';
import { localName } from '$lib/i18n/local-name';
import { qrMatrix } from '../qr.ts';
import { PdfWriter } from './document.ts';

export interface ListingPoster {
	title: string;
	pitch: string;
	institutionNameZh: string;
	institutionNameEn: string;
	/** The listing's full address, which the QR code holds. */
	address: string;
}

/**
 * An A4 poster for a roadshow board (issue #24): the university, the title large, the pitch, and a
 * QR code a visitor scans to open the listing (and keep it offline). Drawn with the documents' CJK
 * font subsets (docs/architecture.md, "Documents (PDF)"); loaded only by its route.
 */
export async function buildListingPoster(poster: ListingPoster): Promise<Uint8Array> {
	const institution = localName({ nameZh: poster.institutionNameZh, nameEn: poster.institutionNameEn });
	const pdf = await PdfWriter.create(`${poster.title} · ${m.brand_name()}`);
	await pdf.paragraph(`${m.brand_name()} · ${institution}`, { muted: true });
	await pdf.heading(poster.title || m.listing_untitled(), 26);
	await pdf.heading(poster.pitch, 14);
	await pdf.heading(m.listing_poster_scan(), 12);
	pdf.qrCode(qrMatrix(poster.address), 300);
	await pdf.paragraph(poster.address, { muted: true });
	return pdf.save();
}
