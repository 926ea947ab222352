import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../scripts/lib/free-port.js';
import { resolve } from 'node:path';

export interface ServerProcess {
	child: ChildProcess;
	url: string;
	output: () => string;
	exited: Promise<number | null>;
}

/** Starts the built app (scripts/serve.js) on its own port and data folder. */
export async function startServer(
	dataDirectory: string,
	environment: Record<string, string> = {}
): Promise<ServerProcess> {
	const port = await freePort();
	const child = spawn(process.execPath, [resolve('scripts/serve.js')], {
		env: {
			...process.env,
			...environment,
			DATA_DIR: dataDirectory,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://localhost:${port}`
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
	return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Resolves once /api/health answers 200, or rejects with the server's output. */
export async function waitUntilHealthy(server: ServerProcess, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (server.child.exitCode !== null) throw new Error(`Server exited early:\n${server.output()}`);
		try {
			const response = await fetch(`${server.url}/api/health`);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`Server did not become healthy:\n${server.output()}`);
}

/**
 * startServer, then waitUntilHealthy; started again on another port when the free port found was
 * taken by another process before the server could listen on it (at most three times).
 */
export async function startHealthyServer(
	dataDirectory: string,
	environment: Record<string, string> = {}
): Promise<ServerProcess> {
	for (let attempt = 1; ; attempt++) {
		const server = await startServer(dataDirectory, environment);
		try {
			await waitUntilHealthy(server);
			return server;
		} catch (error) {
			server.child.kill('SIGKILL');
			await server.exited;
			if (attempt === 3 || !server.output().includes('EADDRINUSE')) throw error;
		}
	}
}
