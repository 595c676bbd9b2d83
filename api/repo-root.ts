import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The checkout's root: the nearest folder at or above `from` that holds package.json. The server runs from
 * api/ (tsx) and from its bundle in dist/api/, so a fixed number of `..` would be right for only one of them.
 */
export function repoRootFrom(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json at or above ${from}`);
  }
}
