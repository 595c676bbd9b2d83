/**
 * `npm run dev`: the API on API_PORT (default 8080) and Vite's dev server with a proxy to it (vite.config.ts).
 * Both stop together.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const apiPort = process.env.API_PORT ?? '8080';
const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', 'api/start.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort, ATLAS_SKIP_WEB_BUILD: '1' },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], {
    stdio: 'inherit',
    env: { ...process.env, API_PORT: apiPort },
  }),
];

function stopAll(code: number): void {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
