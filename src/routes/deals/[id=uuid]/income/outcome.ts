/** What every income action answers; `receipt` / `line` name the receipt or line a form was for. */
export type Outcome = {
	action?: string;
	receipt?: string;
	line?: string;
	values?: Record<string, unknown>;
	errors?: Record<string, string>;
	success?: string;
	/** After filing a report: the royalty the database computed, and whether it differs. */
	computedRoyaltyFen?: number;
	mismatch?: boolean;
	/** With a refused receipt: the fen its line still expects, or the day its deal began. */
	refusalDetail?: string;
};
