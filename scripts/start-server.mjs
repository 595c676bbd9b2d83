/**
 * `npm start`: runs the server from one esbuild bundle (dist/api/start.mjs) instead of through tsx. Under tsx
 * every one of the server's ~1,000 modules passes the loader hooks, which cost about 2 s of the start; a
 * bundle loads in a fraction of that. Plain JavaScript on purpose: loading tsx for this file alone would cost
 * half a second.
 *
 * The bundle is rebuilt when it is missing or older than its sources (the rule of dist/web's .source-stamp):
 * the stamp hashes every file of this checkout that esbuild read for it, package-lock.json and this file.
 * `node --import tsx api/start.ts` still runs the sources directly (npm run dev, tests).
 */
import console from 'node:console';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const repoRoot = path.resolve(import.meta.dirname, '..');
const outDir = path.join(repoRoot, 'dist', 'api');
const bundleFile = path.join(outDir, 'start.mjs');
const workerFile = path.join(outDir, 'load-build-worker.mjs');
const stampFile = path.join(outDir, '.source-stamp');
/** Native addons and their optional companions stay in node_modules: they cannot be bundled. */
const EXTERNAL = ['better-sqlite3', '@duckdb/*', 'pg-native'];

/** @param {readonly string[]} inputs paths relative to the checkout */
function stampOf(inputs) {
  const hash = createHash('sha256');
  for (const file of [...inputs, 'package-lock.json', path.relative(repoRoot, import.meta.filename)].sort()) {
    const absolute = path.join(repoRoot, file);
    hash
      .update(`${file}\n`)
      .update(existsSync(absolute) ? readFileSync(absolute) : '')
      .update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

/** @returns {boolean} */
function bundleIsCurrent() {
  if (![bundleFile, workerFile, stampFile].every((file) => existsSync(file))) return false;
  try {
    const { stamp, inputs } = JSON.parse(readFileSync(stampFile, 'utf8'));
    return Array.isArray(inputs) && stamp === stampOf(inputs);
  } catch {
    return false;
  }
}

/** @param {string} file @param {string | Uint8Array} contents */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

async function buildBundle() {
  console.log('[atlas] server bundle missing or older than its sources: bundling api/start.ts');
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: repoRoot,
    // The build loading thread (api/build/load-build-off-thread.ts) starts load-build-worker.mjs beside start.mjs.
    entryPoints: ['api/start.ts', 'api/build/load-build-worker.ts'],
    outdir: outDir,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __atlasRequire } from 'node:module'; const require = __atlasRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(outDir, { recursive: true });
  for (const output of result.outputFiles) writeAtomically(output.path, output.contents);
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/'));
  // The stamp goes last: a bundle without a current stamp is rebuilt, never served half-written.
  writeAtomically(stampFile, JSON.stringify({ stamp: stampOf(inputs), inputs }));
}

if (!bundleIsCurrent()) await buildBundle();
await import(pathToFileURL(bundleFile).href);
