import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { splitBuild } from './build-parts';
import { BuildLoadError, precompressGeometry, readBuildFiles } from './load-build';

/** What loadBuildOffThread hears from this thread on its own port: done, with the number of parts, or why not. */
export type LoaderOutcome =
  { kind: 'done'; parts: number } | { kind: 'failed'; message: string; loadError: boolean };

/**
 * The loading thread of loadBuildOffThread: reads, parses and validates a new build and compresses its geometry
 * (about half a second of CPU on the whole-Kolada build), then queues the parts on the port it was given for the
 * serving thread to take one at a time.
 */
async function load(dir: string, port: MessagePort): Promise<LoaderOutcome> {
  try {
    const files = readBuildFiles(dir);
    const geometry = precompressGeometry(files);
    await Promise.all(Object.values(geometry).map((body) => body.settled));
    const parts = splitBuild(files, geometry);
    for (const { part, transfer } of parts) port.postMessage(part, transfer);
    return { kind: 'done', parts: parts.length };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message, loadError: error instanceof BuildLoadError };
  }
}

const { dir, port } = workerData as { dir: string; port: MessagePort };
parentPort!.postMessage(await load(dir, port));
