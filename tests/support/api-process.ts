/**
 * Runs `api/start.ts` as its own process on a free loopback port, the way an operator runs an instance, for tests
 * of what only a real process shows (locks, signals, several instances):
 *   const api = await startApiProcess({ ATLAS_DB: file }); await fetch(`${api.url}/api/health`); await api.stop();
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { CreateWorkshopResponse } from '../../data/contract';
import { REPO_ROOT, TEST_BUILD_DIR } from './paths';

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM and wait for the exit. */
  stop: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** How the instance's command line is run: as is, or wrapped (tests/support/read-only-view.ts). */
export type Launcher = (command: string, args: string[]) => { command: string; args: string[] };

export function spawnApi(
  env: Record<string, string>,
  launch: Launcher = (command, args) => ({ command, args }),
): { child: ChildProcess; output: () => string } {
  const { command, args } = launch(process.execPath, ['--import', 'tsx', path.join('api', 'start.ts')]);
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ATLAS_BUILD_DIR: TEST_BUILD_DIR,
      ATLAS_SKIP_WEB_BUILD: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text };
}

export function startApiProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
  launch?: Launcher,
): Promise<ApiProcess> {
  const { child, output } = spawnApi(env, launch);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`API did not start in ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    const onData = () => {
      const match = /serving (http:\/\/[\d.]+:\d+)/.exec(output());
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({
        url: match[1],
        child,
        output,
        exited,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`API exited before serving (code ${code}, signal ${signal}):\n${output()}`));
    });
  });
}

/** A JSON request to an instance, with the bearer token when given; the answer's status and parsed body. */
export async function callApi(
  instance: Pick<ApiProcess, 'url'>,
  method: string,
  route: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${instance.url}${route}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
}

/** Two instances on one configuration, and a workshop created through the first (multi-instance tests). */
export async function startTwoWithWorkshop(
  env: Record<string, string>,
  workshop: unknown,
  timeoutMs?: number,
): Promise<{ a: ApiProcess; b: ApiProcess; created: CreateWorkshopResponse }> {
  const [a, b] = await Promise.all([startApiProcess(env, timeoutMs), startApiProcess(env, timeoutMs)]);
  const response = await callApi(a, 'POST', '/api/workshops', workshop);
  if (response.status !== 201)
    throw new Error(`creating the workshop failed: ${JSON.stringify(response.json)}`);
  return { a, b, created: response.json as CreateWorkshopResponse };
}

/** SIGKILL for whichever of them still runs (afterAll: a test may have killed one already). */
export function killRunning(...instances: (ApiProcess | undefined)[]): void {
  for (const instance of instances) if (instance?.child.exitCode === null) instance.child.kill('SIGKILL');
}
