/**
 * What a page's initial JavaScript is made of: every script the page loads from its HTML (the entry and its static
 * imports, followed through the chunks), split back into source modules through the build's hidden source maps and
 * listed by gzipped bytes. The web bench prints it beside the initial-JS row; by hand:
 *   node --import tsx scripts/bench/web-bundle-modules.ts DIST_DIR   (a build made with `--sourcemap hidden`)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

export interface ModuleBytes {
  /** A package name (`zod`, `react-dom`) or a path inside the repository (`web/planner/PlannerPage.tsx`). */
  module: string;
  raw: number;
  /** Its share of its chunk's gzipped size (each module gzipped alone, scaled to the chunk's real total). */
  gzip: number;
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+\.m?js)["']/g;

/** The entry scripts of index.html and every chunk they import statically (what loads before any `import()`). */
export function staticScripts(siteDir: string): string[] {
  const html = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (asset: string) => {
    const file = path.join(siteDir, asset.replace(/^\//, ''));
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      visit(path.join(path.dirname(path.relative(siteDir, file)), match[1]!));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

function moduleName(source: string, chunkFile: string, repoRoot: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1]!;
  return path.relative(repoRoot, path.resolve(path.dirname(chunkFile), source));
}

/** One chunk split into its modules; code the map names no source for counts as the chunk's own. */
export function chunkModules(file: string, repoRoot: string): ModuleBytes[] {
  const code = readFileSync(file, 'utf8');
  const total = gzipSync(code).length;
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return [{ module: path.basename(file), raw: code.length, gzip: total }];
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const offset = (line: number, column: number) => (lineStarts[line - 1] ?? code.length) + column;
  const pieces = new Map<string, string[]>();
  let last: { at: number; module: string } | null = null;
  const close = (end: number) => {
    if (!last) return;
    const list = pieces.get(last.module) ?? [];
    list.push(code.slice(last.at, end));
    pieces.set(last.module, list);
  };
  const own = path.basename(file);
  consumer.eachMapping((m) => {
    const at = offset(m.generatedLine, m.generatedColumn);
    close(at);
    last = { at, module: m.source ? moduleName(m.source, file, repoRoot) : own };
  });
  close(code.length);
  const rows = [...pieces].map(([module, list]) => {
    const text = list.join('');
    return { module, raw: text.length, alone: gzipSync(text).length };
  });
  const aloneSum = rows.reduce((sum, r) => sum + r.alone, 0) || 1;
  return rows.map(({ module, raw, alone }) => ({ module, raw, gzip: (alone * total) / aloneSum }));
}

/** Modules of the given scripts, merged across chunks, largest gzipped first. */
export function modulesOf(files: string[], repoRoot: string): ModuleBytes[] {
  const merged = new Map<string, ModuleBytes>();
  for (const file of files) {
    for (const row of chunkModules(file, repoRoot)) {
      const sum = merged.get(row.module) ?? { module: row.module, raw: 0, gzip: 0 };
      sum.raw += row.raw;
      sum.gzip += row.gzip;
      merged.set(row.module, sum);
    }
  }
  return [...merged.values()].sort((a, b) => b.gzip - a.gzip);
}

export function formatModules(title: string, rows: ModuleBytes[], top = 25): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  const total = rows.reduce((sum, r) => sum + r.gzip, 0);
  const lines = rows.slice(0, top).map((r) => `  ${kb(r.gzip)} gz ${kb(r.raw)} raw  ${r.module}`);
  return [`${title} (${kb(total).trim()} gzipped in all):`, ...lines].join('\n');
}

if (import.meta.filename === process.argv[1]) {
  const siteDir = path.resolve(process.argv[2] ?? 'dist/web');
  const repoRoot = path.resolve(import.meta.dirname, '..', '..');
  const files = staticScripts(siteDir);
  console.log(files.map((f) => `  ${path.relative(siteDir, f)}`).join('\n'));
  console.log(formatModules('Static scripts of index.html by module', modulesOf(files, repoRoot), 60));
}
