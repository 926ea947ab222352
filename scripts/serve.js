// Serves the built app (build/ from `npm run build`) with the defaults a newcomer expects:
// http://localhost:3000, loopback only unless HOST says otherwise, data under ./.data.
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

// SvelteKit runs the init hook (database, migrations, seed) before the server listens.
await import(pathToFileURL(entry).href);
console.log(`\nZhiqiao 知桥 is running at ${process.env.ORIGIN}\n`);
