// The app as `npm start` serves it, on a fresh temporary data folder that is removed on exit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-e2e-'));
const port = process.env.E2E_PORT ?? '4173';
Object.assign(process.env, { DATA_DIR: dataDirectory, PORT: port, HOST: '127.0.0.1', ORIGIN: `http://localhost:${port}` });
process.once('exit', () => rmSync(dataDirectory, { recursive: true, force: true }));

await import('../../scripts/serve.js');
