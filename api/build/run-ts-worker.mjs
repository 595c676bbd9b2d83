// A worker thread's entry when the server runs from its TypeScript sources (tests, `npm run dev`): Node does not
// pass tsx's loader on to workers, so this registers it and then loads the TypeScript entry. The server bundle
// (`npm start`) starts its bundled workers directly and never needs this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
