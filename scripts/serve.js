// Serves the built app (build/ from `npm run build`) with the defaults a newcomer expects:
// http://localhost:3000, loopback only unless HOST says otherwise, data under ./.data.
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const port = process.env.PORT ?? '3000';
process.env.PORT = port;
process.env.HOST ??= '127.0.0.1';
// Without ORIGIN adapter-node cannot tell a same-site form POST from a cross-site one.
process.env.ORIGIN ??= `http://localhost:${port}`;
// Uploads are checked by the app (5 MB images, 20 MB PDFs); the framework limit sits just above.
process.env.BODY_SIZE_LIMIT ??= '21M';

const entry = join(root, 'build', 'index.js');
if (!existsSync(entry)) {
	console.error('No build found. Run `npm run build` first (or `npm start`, which builds).');
	process.exit(1);
}

// WEB_CONCURRENCY=N runs N processes on one port (the kernel hands each connection to one of
// them), for a machine with more cores than one process can use. Only on a DATABASE_URL
// database: the embedded one admits one process. Migrations take an advisory lock, the realtime
// hub and the page cache's version live in the database, so the processes need nothing else.
const processes = Number.parseInt(process.env.WEB_CONCURRENCY ?? '1', 10);
if (!Number.isInteger(processes) || processes < 1 || processes > 64) {
	console.error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${process.env.WEB_CONCURRENCY}".`);
	process.exit(1);
}
if (processes > 1 && !process.env.DATABASE_URL) {
	console.error('WEB_CONCURRENCY above 1 needs DATABASE_URL: the embedded database admits one process.');
	process.exit(1);
}

if (processes > 1 && cluster.isPrimary) {
	let stopping = false;
	for (let index = 0; index < processes; index++) cluster.fork();
	let listening = 0;
	cluster.on('listening', () => {
		if (++listening === processes)
			console.log(`\nZhiqiao 知桥 is running at ${process.env.ORIGIN} (${processes} processes)\n`);
	});
	// A process that dies is replaced; one that cannot start (a bad setting) stops them all.
	cluster.on('exit', (worker, code) => {
		if (stopping) return;
		if (code === 1 && listening < processes) {
			stopping = true;
			for (const other of Object.values(cluster.workers ?? {})) other?.kill();
			process.exitCode = 1;
			return;
		}
		cluster.fork();
	});
	for (const signal of ['SIGTERM', 'SIGINT']) {
		process.on(signal, () => {
			stopping = true;
			// The signal itself, not worker.kill (which first waits for every open connection to
			// end): each process then shuts down as one alone does, closing idle connections.
			for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
		});
	}
} else {
	// The channel to the first process keeps a worker alive after its server closed: let go of it
	// once the app has shut down (adapter-node emits this after closing the server).
	// A worker whose first process is gone (killed outright) shuts down as on SIGTERM.
	if (cluster.isWorker) {
		process.once('sveltekit:shutdown', () => cluster.worker?.disconnect());
		process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
	}
	// SvelteKit runs the init hook (database, migrations, seed) before the server listens.
	await import(pathToFileURL(entry).href);
	if (processes === 1) console.log(`\nZhiqiao 知桥 is running at ${process.env.ORIGIN}\n`);
}
