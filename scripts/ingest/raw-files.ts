import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ManifestInput } from '../../data/contract';
import { IngestError } from './errors';

/**
 * Reads files from the raw snapshot directory and remembers each one's sha256 and row count for the manifest,
 * so provenance cannot drift from what was actually read.
 */
export class RawFiles {
  readonly rawDir: string;
  private readonly inputs = new Map<string, ManifestInput>();

  constructor(rawDir: string) {
    this.rawDir = rawDir;
  }

  read(relativePath: string): Buffer {
    const absolute = path.join(this.rawDir, relativePath);
    let bytes: Buffer;
    try {
      if (!statSync(absolute).isFile()) throw new Error('not a file');
      bytes = readFileSync(absolute);
    } catch {
      throw new IngestError({ file: relativePath }, `missing input file (looked in ${this.rawDir})`);
    }
    if (bytes.length === 0) throw new IngestError({ file: relativePath, line: 1 }, 'file is empty');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    this.inputs.set(relativePath, { path: relativePath, sha256, rows: 0, origin: 'snapshot' });
    return bytes;
  }

  recordRows(relativePath: string, rows: number): void {
    const input = this.inputs.get(relativePath);
    if (input) input.rows = rows;
  }

  list(): ManifestInput[] {
    return [...this.inputs.values()].sort((a, b) => a.path.localeCompare(b.path));
  }
}
