/** Helpers of the multi-instance build tests: an instance's build id, waiting, saving an import, copying a build. */
import { linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HealthResponse } from '../../../data/contract/api';
import type { ApiProcess } from '../../support/api-process';
import { fixture } from '../imports-api/imports-app';

export async function servedBuildId(instance: ApiProcess): Promise<string> {
  return ((await (await fetch(`${instance.url}/api/health`)).json()) as HealthResponse).buildId;
}

export async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** POST /api/imports of a fixture in tests/fixtures/imports-ui, uploaded as `name`. */
export function saveImport(
  instance: ApiProcess,
  kind: 'indicator' | 'firms',
  file: string,
  name = file,
): Promise<Response> {
  return fetch(`${instance.url}/api/imports?kind=${kind}&name=${name}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: new Uint8Array(fixture(file)),
  });
}

/**
 * Another build in the root made from `sourceDir`'s files (hard links) under the id `id`, as a writer would leave
 * it; `alter` may rewrite one output's text (the file is then written, not linked).
 */
export function copyBuild(
  sourceDir: string,
  targetDir: string,
  id: string,
  alter?: { file: string; change: (text: string) => string },
): void {
  const manifest = JSON.parse(readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8')) as {
    outputs: { file: string }[];
  };
  for (const output of manifest.outputs) {
    const target = path.join(targetDir, output.file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (output.file === alter?.file)
      writeFileSync(target, alter.change(readFileSync(path.join(sourceDir, output.file), 'utf8')));
    else linkSync(path.join(sourceDir, output.file), target);
  }
  writeFileSync(path.join(targetDir, 'manifest.json'), JSON.stringify({ ...manifest, buildId: id }));
}
