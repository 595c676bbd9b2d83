import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR } from '../../support/paths';
import { RawFiles } from '../../../scripts/ingest/raw-files';
import { loadReference, type Reference } from '../../../scripts/ingest/sources/reference';

/** A tiny hand-written snapshot (3 municipalities, synthetic values) with the same layout as ../shared/data. */
export const FIXTURE_RAW_DIR = path.join(FIXTURES_DIR, 'ingest', 'raw');
export const GOLDEN_DIR = path.join(FIXTURES_DIR, 'ingest', 'golden');

const created: string[] = [];

/**
 * A temporary copy of the fixture snapshot with some files replaced (string or bytes) or removed (null).
 * Returns its directory; call `removeTempSnapshots` in afterAll.
 */
export function fixtureSnapshot(overrides: Record<string, string | Uint8Array | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-ingest-fixture-'));
  created.push(dir);
  cpSync(FIXTURE_RAW_DIR, dir, { recursive: true });
  for (const [file, content] of Object.entries(overrides)) {
    const target = path.join(dir, file);
    if (content === null) rmSync(target);
    else writeFileSync(target, content);
  }
  return dir;
}

export function removeTempSnapshots(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function fixtureFiles(dir = FIXTURE_RAW_DIR): { files: RawFiles; reference: Reference } {
  const files = new RawFiles(dir);
  return { files, reference: loadReference(files) };
}

/** JSON as prettier writes it, so golden files pass the repository's format check unchanged. */
export async function goldenJson(value: unknown): Promise<string> {
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(path.join(GOLDEN_DIR, 'golden.json'));
  return prettier.format(JSON.stringify(value), { ...options, parser: 'json' });
}
