import { setImmediate as nextTurn } from 'node:timers/promises';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { AtlasBuild } from './atlas-build';
import { BuildAssembler, type BuildPart } from './build-parts';
import { assembleBuild, BuildLoadError } from './load-build';
import type { LoaderOutcome } from './load-build-worker';

/**
 * The worker's entry: in the server bundle (dist/api/start.mjs) the bundled load-build-worker.mjs beside it; from
 * the TypeScript sources, tsx's bootstrap with the .ts entry.
 */
function workerEntry(): { url: URL; data: Record<string, string> } {
  const here = import.meta.url;
  if (here.endsWith('.mjs')) return { url: new URL('./load-build-worker.mjs', here), data: {} };
  return {
    url: new URL('./run-ts-worker.mjs', here),
    data: { tsEntry: new URL('./load-build-worker.ts', here).href },
  };
}

function outcomeOf(worker: Worker): Promise<LoaderOutcome> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the build loading thread exited with ${code}`)));
  });
}

/**
 * loadBuild for a server that is answering requests: reading, parsing and validating the files (half a second on
 * the whole-Kolada build) happen on a worker thread, and this thread takes the validated parts one per turn of its
 * event loop, so requests are answered in between. Node delivers every queued message of a port in one task, so
 * the parts are pulled with receiveMessageOnPort, never listened for. Rejects with a BuildLoadError naming the file
 * when the build breaks the contract, as loadBuild does.
 */
export async function loadBuildOffThread(dir: string): Promise<AtlasBuild> {
  const { port1, port2 } = new MessageChannel();
  const entry = workerEntry();
  const worker = new Worker(entry.url, {
    workerData: { ...entry.data, dir, port: port2 },
    transferList: [port2],
  });
  try {
    const outcome = await outcomeOf(worker);
    if (outcome.kind === 'failed')
      throw outcome.loadError ? new BuildLoadError(outcome.message) : new Error(outcome.message);
    const assembler = new BuildAssembler();
    for (let taken = 0; taken < outcome.parts; taken++) {
      const received = receiveMessageOnPort(port1);
      if (!received) throw new Error(`the build loading thread sent ${taken} of ${outcome.parts} parts`);
      assembler.add(received.message as BuildPart);
      await nextTurn();
    }
    const { files, geometry } = assembler.result();
    return assembleBuild(dir, files, geometry);
  } finally {
    port1.close();
    await worker.terminate();
  }
}
