// When a message that failed to leave (SMTP refused, push service down) is tried again: soon at
// first, then further apart, for about a day; then it is given up and the in-app notification
// stays the record. A permanent refusal (no such mailbox, an expired push subscription) is given
// up at once by the worker that recognises it.

const delaysInSeconds = [60, 5 * 60, 30 * 60, 2 * 3600, 6 * 3600, 12 * 3600];

export const deliveryAttemptsAllowed = delaysInSeconds.length + 1;

/** Seconds to wait after the attempt numbered `attempts` (1 for the first) failed, or null: give up. */
export function retryDelaySeconds(attempts: number): number | null {
	if (!Number.isInteger(attempts) || attempts < 1) return delaysInSeconds[0];
	return attempts >= deliveryAttemptsAllowed ? null : delaysInSeconds[attempts - 1];
}
