import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One response body compressed once at load, so serving it costs a buffer write, not a compression. */
export interface PrecompressedBody {
  identity: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  brotli: Uint8Array<ArrayBuffer>;
  /** Strong validator over the uncompressed bytes. */
  etag: string;
}

export function precompress(text: string): PrecompressedBody {
  const identity = Buffer.from(text, 'utf8');
  return {
    identity: new Uint8Array(identity),
    gzip: new Uint8Array(gzipSync(identity, { level: 9 })),
    brotli: new Uint8Array(
      brotliCompressSync(identity, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
      }),
    ),
    etag: `"${createHash('sha256').update(identity).digest('hex').slice(0, 32)}"`,
  };
}
