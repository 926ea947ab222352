/** Sends a command to the service worker that controls the page and waits for its answer. */
export async function workerCommand<T>(
	type: 'keep-offline' | 'forget-offline' | 'is-kept',
	urls: string[]
): Promise<T | null> {
	const registration = await navigator.serviceWorker?.ready;
	const worker = navigator.serviceWorker?.controller ?? registration?.active;
	if (!worker) return null;
	const channel = new MessageChannel();
	const answer = new Promise<T>((resolve) => (channel.port1.onmessage = (event) => resolve(event.data as T)));
	worker.postMessage({ type, urls }, [channel.port2]);
	return answer;
}
