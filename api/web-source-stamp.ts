import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Written into the dashboard's folder after `npm start` builds it, so a later start can tell it is current. */
export const WEB_STAMP_FILE = '.source-stamp';

/** What vite reads to build the dashboard: the pages, the shared data code and the build's own configuration. */
const SOURCE_DIRS = ['web', 'data'];
const SOURCE_FILES = [
  'vite.config.ts',
  'scripts/vite/first-screen-ssr.ts',
  'tsconfig.json',
  'package-lock.json',
];
/** Generated or local folders under data/ (git-ignored), which the dashboard never imports. */
const SKIPPED = new Set(['data/build', 'data/cache', 'data/local']);

function sourceFiles(repoRoot: string, relativeDir: string): string[] {
  const absolute = path.join(repoRoot, relativeDir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(relativeDir, entry.name);
    if (SKIPPED.has(relative) || relative.startsWith('data/build.')) return [];
    if (entry.isDirectory()) return sourceFiles(repoRoot, relative);
    return entry.isFile() ? [relative] : [];
  });
}

/**
 * A hash of every file the dashboard is built from. A checkout that moved on (git pull) changes it, so
 * `npm start` rebuilds a dashboard older than its sources instead of serving the old one.
 */
export function webSourceStamp(repoRoot: string): string {
  const hash = createHash('sha256');
  const files = [...SOURCE_DIRS.flatMap((dir) => sourceFiles(repoRoot, dir)), ...SOURCE_FILES].sort();
  for (const file of files) {
    const absolute = path.join(repoRoot, file);
    if (!existsSync(absolute)) continue;
    hash.update(`${file}\n`).update(readFileSync(absolute)).update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}
