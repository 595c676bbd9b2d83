import type { MiddlewareHandler } from 'hono';
import { type RateLimitOptions, writeRateLimit } from '../workshops/rate-limit';

/** A preview parses up to 1 MiB of CSV: a user may preview often, but not flood the parser. */
export const IMPORT_PREVIEW_LIMIT: RateLimitOptions = { capacity: 30, refillPerSecond: 0.5 };
/** Each save or removal reruns the ingest (seconds of CPU): a small burst, then one every 10 s. */
export const IMPORT_SAVE_LIMIT: RateLimitOptions = { capacity: 10, refillPerSecond: 0.1 };

export interface ImportLimitOptions {
  preview?: RateLimitOptions;
  save?: RateLimitOptions;
}

/** Separate buckets for previews and for saves/removals. */
export interface ImportLimiters {
  preview: MiddlewareHandler;
  save: MiddlewareHandler;
}

/**
 * Made once per app, outside the routes that a rebuild makes anew: a save or removal must not hand every client
 * fresh buckets.
 */
export function importLimiters(options: ImportLimitOptions = {}): ImportLimiters {
  return {
    preview: writeRateLimit(options.preview ?? IMPORT_PREVIEW_LIMIT),
    save: writeRateLimit(options.save ?? IMPORT_SAVE_LIMIT),
  };
}
