import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type AppOptions, createApp } from '../../../api/app';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import { FIXTURES_DIR, RAW_DIR, TEST_BUILD_DIR } from '../../support/paths';

/** An app over a copy of the test build (saving rebuilds it: artifacts/test-build itself is never touched). */
export function importsApp(imports: AppOptions['imports'] = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-imports-api-'));
  const buildDir = path.join(root, 'build');
  cpSync(TEST_BUILD_DIR, buildDir, { recursive: true });
  const app = createApp({
    buildDir,
    workshopStore: new SqliteWorkshopStore(':memory:'),
    imports: {
      importsDir: path.join(root, 'imports'),
      rawDir: RAW_DIR,
      writesEnabled: true,
      token: null,
      ...imports,
    },
  });
  return { app, root, buildDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export const fixture = (name: string): Buffer => readFileSync(path.join(FIXTURES_DIR, 'imports-ui', name));

export const csvRequest = (bytes: Uint8Array, init: RequestInit = {}): RequestInit => ({
  method: 'POST',
  body: new Blob([new Uint8Array(bytes)]),
  ...init,
  headers: { 'content-type': 'text/csv', ...init.headers },
});
