import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ManifestInput } from '../../data/contract';
import { describeBinary } from '../../data/csv/binary-content';
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
    const found = statSync(absolute, { throwIfNoEntry: false });
    if (!found)
      throw new IngestError({ file: relativePath }, `missing input file (looked in ${this.rawDir})`);
    if (found.isDirectory())
      throw new IngestError({ file: relativePath }, `is a directory, not a file (in ${this.rawDir})`);
    if (!found.isFile())
      throw new IngestError({ file: relativePath }, `is not a regular file (a device, socket or pipe)`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new IngestError({ file: relativePath }, `cannot be read (${code})`);
    }
    if (bytes.length === 0) throw new IngestError({ file: relativePath, line: 1 }, 'file is empty');
    // Every input of the snapshot is text (CSV, JSON, GeoJSON): say what else was found, not a parser's confusion.
    const binary = describeBinary(bytes);
    if (binary) throw new IngestError({ file: relativePath }, binary);
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
