import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface WrittenFile {
  file: string;
  sha256: string;
  bytes: number;
}

/**
 * Writes a build into a temporary directory next to the output directory and swaps it in with renames, so a
 * reader sees either the previous build or the new one, and a failure leaves the previous build untouched.
 */
export class BuildWriter {
  readonly outDir: string;
  readonly tempDir: string;
  private readonly written: WrittenFile[] = [];

  constructor(outDir: string) {
    this.outDir = path.resolve(outDir);
    this.tempDir = `${this.outDir}.tmp-${process.pid}-${Date.now()}`;
    mkdirSync(path.dirname(this.outDir), { recursive: true });
    mkdirSync(this.tempDir);
  }

  writeJson(file: string, value: unknown, pretty = false): WrittenFile {
    const text = `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
    writeFileSync(path.join(this.tempDir, file), text);
    const entry = {
      file,
      sha256: createHash('sha256').update(text).digest('hex'),
      bytes: Buffer.byteLength(text),
    };
    this.written.push(entry);
    return entry;
  }

  files(): WrittenFile[] {
    return [...this.written];
  }

  /** Replaces the output directory with the finished build. */
  commit(): void {
    const previous = `${this.outDir}.old-${process.pid}-${Date.now()}`;
    const hadPrevious = existsSync(this.outDir);
    if (hadPrevious) renameSync(this.outDir, previous);
    try {
      renameSync(this.tempDir, this.outDir);
    } catch (error) {
      if (hadPrevious) renameSync(previous, this.outDir);
      throw error;
    }
    if (hadPrevious) rmSync(previous, { recursive: true, force: true });
  }

  /** Removes the unfinished build after a failure. */
  abandon(): void {
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}
