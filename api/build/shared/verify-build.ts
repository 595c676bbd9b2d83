import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AtlasBuild } from '../atlas-build';
import { BuildLoadError } from '../load-build';
import { loadBuildOffThread } from '../load-build-off-thread';

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A build written by another process, checked before it is served: every output its manifest lists is there with
 * the listed size and SHA-256 (a half-copied or altered file on a shared disk fails here), then every file is
 * validated against the contract as at start-up, on a worker thread (loadBuildOffThread). `expectedId` is the id the pointer announced.
 */
export async function loadVerifiedBuild(dir: string, expectedId: string): Promise<AtlasBuild> {
  const first = await loadBuildOffThread(dir);
  if (first.manifest.buildId !== expectedId)
    throw new BuildLoadError(`${dir} holds build ${first.manifest.buildId}, not ${expectedId}`);
  for (const output of first.manifest.outputs) {
    const file = path.join(dir, output.file);
    if (!existsSync(file)) throw new BuildLoadError(`build file missing: ${file}`);
    const bytes = statSync(file).size;
    if (bytes !== output.bytes)
      throw new BuildLoadError(`${output.file} has ${bytes} bytes, the manifest says ${output.bytes}`);
    if ((await sha256Of(file)) !== output.sha256)
      throw new BuildLoadError(`${output.file} does not match the SHA-256 in the manifest`);
  }
  return first;
}
