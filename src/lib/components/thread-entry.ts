/** What ThreadTimeline needs of an entry; each thread adds what its entries say. */
export interface ThreadEntry {
	type: string;
	id: string;
	authorId: string | null;
	authorName: string | null;
	createdAt: Date | string;
}
