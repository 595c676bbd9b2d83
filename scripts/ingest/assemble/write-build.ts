import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface WrittenFile {
  file: string;
  sha256: string;
  bytes: number;
  rows?: number;
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
    mkdirSync(path.dirname(this.outDir), { recursive: true });
    this.tempDir = mkdtempSync(`${this.outDir}.tmp-`);
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

  /** Registers a file another writer (DuckDB) put into the temporary directory, with its row count. */
  adopt(file: string, rows: number): WrittenFile {
    const bytes = readFileSync(path.join(this.tempDir, file));
    const entry = {
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      rows,
    };
    this.written.push(entry);
    return entry;
  }

  files(): WrittenFile[] {
    return [...this.written];
  }

  /**
   * Replaces the output directory with the finished build. Another ingest may swap the same directory at the same
   * moment (test runs in parallel): if our rename loses that race, move the winner aside and try again.
   */
  commit(): void {
    for (let attempt = 0; ; attempt += 1) {
      const previous = `${this.outDir}.old-${process.pid}-${Date.now()}-${attempt}`;
      const movedAside = moveIfPresent(this.outDir, previous);
      try {
        renameSync(this.tempDir, this.outDir);
      } catch (error) {
        const lostRace = errorCode(error) === 'ENOTEMPTY' || errorCode(error) === 'EEXIST';
        if (lostRace && attempt < 5) continue;
        if (movedAside) moveIfPresent(previous, this.outDir);
        throw error;
      } finally {
        if (movedAside && existsSync(this.outDir)) {
          keepPreviousParquet(previous, this.outDir);
          rmSync(previous, { recursive: true, force: true });
        }
      }
      return;
    }
  }

  /** Removes the unfinished build after a failure. */
  abandon(): void {
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}

/**
 * A server may still answer from the build just replaced until it has loaded the new one: its Parquet file (named
 * with its build id, listed in its manifest) moves into the new build, beside the new file. Only the previous
 * build's files are kept, so at most two builds' Parquet files are ever there.
 */
function keepPreviousParquet(previousDir: string, outDir: string): void {
  let outputs: string[];
  try {
    const manifest = JSON.parse(readFileSync(path.join(previousDir, 'manifest.json'), 'utf8')) as {
      outputs?: { file?: unknown }[];
    };
    outputs = (manifest.outputs ?? [])
      .map((output) => String(output.file))
      .filter((file) => file.endsWith('.parquet'));
  } catch {
    return; // no readable manifest: nothing a server could be reading
  }
  for (const file of outputs) {
    const target = path.join(outDir, file);
    if (existsSync(target) || !existsSync(path.join(previousDir, file))) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(path.join(previousDir, file), target);
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

/** Renames `from` to `to`; false when `from` does not exist (nothing to move). */
function moveIfPresent(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
