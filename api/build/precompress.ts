import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

/** One response body compressed once, so serving it costs a buffer write, not a compression per request. */
export interface PrecompressedBody {
  identity: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  /** For large static bodies: replaced in place by the quality 11 variant once that is ready. */
  brotli: Uint8Array<ArrayBuffer>;
  /** Strong validator over the uncompressed bytes. */
  etag: string;
  /** Resolves once `brotli` holds its final bytes (benchmarks wait for it). */
  settled: Promise<void>;
}

const CACHE_DIR = path.join(os.tmpdir(), 'kompetensatlas-brotli');
const brotliParams = (quality: number, size: number) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: size },
});

function upgradeBrotli(
  body: PrecompressedBody,
  identity: Buffer,
  cacheFile: string,
  settle: () => void,
): void {
  brotliCompress(identity, brotliParams(11, identity.length), (error, best) => {
    if (!error) body.brotli = new Uint8Array(best);
    settle();
    if (error) return;
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, best);
      renameSync(temporary, cacheFile);
    } catch {
      // The cache only saves start-up time; serving works without it.
    }
  });
}

/** A body's bytes, their sha256 and the strong ETag made from it. */
function identityOf(text: string): { identity: Buffer; hash: string; etag: string } {
  const identity = Buffer.from(text, 'utf8');
  const hash = createHash('sha256').update(identity).digest('hex');
  return { identity, hash, etag: `"${hash.slice(0, 32)}"` };
}

/**
 * Compresses a body once. With `best`, brotli at quality 11 (~25% smaller than quality 5 on the geometry but
 * seconds of CPU) is made in the thread pool and swapped in when ready, and cached on disk by content hash so the
 * next start has it at once; without it (answers memoised per request key) gzip 6 and brotli 5 are enough.
 */
export function precompress(text: string, options: { best: boolean } = { best: true }): PrecompressedBody {
  const { identity, hash, etag } = identityOf(text);
  const cacheFile = path.join(CACHE_DIR, `${hash}.br`);
  const cached = options.best && existsSync(cacheFile) ? readFileSync(cacheFile) : null;
  let settle = () => {};
  const body: PrecompressedBody = {
    identity: new Uint8Array(identity),
    gzip: new Uint8Array(gzipSync(identity, { level: options.best ? 9 : 6 })),
    brotli: new Uint8Array(cached ?? brotliCompressSync(identity, brotliParams(5, identity.length))),
    etag,
    settled: cached || !options.best ? Promise.resolve() : new Promise<void>((resolve) => (settle = resolve)),
  };
  if (options.best && !cached) upgradeBrotli(body, identity, cacheFile, settle);
  return body;
}

const gzipInPool = promisify(gzip);
const brotliInPool = promisify(brotliCompress);

/**
 * precompress without `best`, for a large body made while the server answers requests: gzip and brotli run in
 * libuv's thread pool, so this thread spends only the hashing on it (the whole-Kolada catalogue is ~30 ms of
 * compression).
 */
export async function precompressInPool(text: string): Promise<PrecompressedBody> {
  const { identity, etag } = identityOf(text);
  const [gzipped, brotli] = await Promise.all([
    gzipInPool(identity, { level: 6 }),
    brotliInPool(identity, brotliParams(5, identity.length)),
  ]);
  return {
    identity: new Uint8Array(identity),
    gzip: new Uint8Array(gzipped),
    brotli: new Uint8Array(brotli),
    etag,
    settled: Promise.resolve(),
  };
}
