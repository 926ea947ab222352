// What an agency's profile still lacks before companies and universities can judge it from the
// directory. The desk names each part; the provider's home counts them. Pure, no I/O.

export const profileParts = ['services', 'summary', 'fee_basis', 'turnaround'] as const;
export type ProfilePart = (typeof profileParts)[number];

export interface ProfileCompleteness {
	services: readonly string[];
	summaryZh: string;
	summaryEn: string;
	feeBasis: string;
	turnaroundDays: number | null;
}

/** The parts still empty, in the form's order: a summary in either language is enough. */
export function missingProfileParts(profile: ProfileCompleteness): ProfilePart[] {
	const missing: ProfilePart[] = [];
	if (profile.services.length === 0) missing.push('services');
	if (profile.summaryZh.trim() === '' && profile.summaryEn.trim() === '') missing.push('summary');
	if (profile.feeBasis.trim() === '') missing.push('fee_basis');
	if (profile.turnaroundDays === null) missing.push('turnaround');
	return missing;
}

/** The summary in the reader's language, falling back to the other one; '' when neither is written. */
export function summaryFor(profile: { summaryZh: string; summaryEn: string }, locale: string): string {
	const [first, second] =
		locale === 'en' ? [profile.summaryEn, profile.summaryZh] : [profile.summaryZh, profile.summaryEn];
	return first.trim() !== '' ? first : second;
}
