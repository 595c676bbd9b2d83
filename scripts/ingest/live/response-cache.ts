import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { HttpRequest } from './http-types';

/** One stored raw response: enough to rebuild without network and to cite in the manifest. */
export const CachedResponse = z.object({
  method: z.enum(['GET', 'POST']),
  url: z.string(),
  requestBody: z.string().optional(),
  fetchedAt: z.string().datetime(),
  status: z.number().int(),
  body: z.string(),
});
export type CachedResponse = z.infer<typeof CachedResponse>;

export function requestKey(request: HttpRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${request.body ?? ''}`)
    .digest('hex')
    .slice(0, 32);
}

/** Raw responses under `<dir>/<hash>.json` (data/cache/live, git-ignored), written atomically. */
export class ResponseCache {
  constructor(readonly dir: string) {}

  private file(request: HttpRequest): string {
    return path.join(this.dir, `${requestKey(request)}.json`);
  }

  async get(request: HttpRequest): Promise<CachedResponse | null> {
    try {
      return CachedResponse.parse(JSON.parse(await readFile(this.file(request), 'utf8')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async put(entry: CachedResponse): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const target = this.file({ method: entry.method, url: entry.url, body: entry.requestBody });
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(entry));
    await rename(temp, target);
  }
}
