import { existsSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

/** The server render's entry, relative to Vite's root (web/), and where it is written, inside the dashboard's build. */
const SSR_ENTRY = 'locality/ssr/ssr-entry.tsx';
export const SSR_OUT_DIR = 'ssr';
/**
 * The chunks whose stylesheets a server-rendered locality page carries inline (no request before its first screen):
 * the entry's (the app frame's) and the locality page's. Not MapLibre's: the mini map loads it after the first screen.
 */
const STYLED_ENTRIES = ['/web/main.tsx', '/web/locality/LocalityPage.tsx'];

/** A stylesheet of the build: its URL and its text. */
export interface InlineStylesheet {
  href: string;
  css: string;
}

interface ChunkLike {
  type: 'chunk';
  name: string;
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  /** Every module the chunk holds (a shared module may sit in a chunk another module is the facade of). */
  moduleIds?: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** Every stylesheet of the chunks `entries` start and the chunks they import statically, in load order. */
function stylesheetsOf(chunks: readonly ChunkLike[], entries: readonly string[]): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const css: string[] = [];
  const visit = (chunk: ChunkLike) => {
    // MapLibre's chunk (vite.config.ts's group) holds its stylesheet: the mini map loads it after the first screen.
    if (seen.has(chunk.fileName) || chunk.name === 'maplibre') return;
    seen.add(chunk.fileName);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) visit(imported);
    }
    for (const file of chunk.viteMetadata?.importedCss ?? []) if (!css.includes(file)) css.push(file);
  };
  for (const entry of entries) {
    const holds = (id: string | null | undefined) => id?.replaceAll('\\', '/').endsWith(entry) ?? false;
    const chunk =
      chunks.find((candidate) => holds(candidate.facadeModuleId)) ??
      chunks.find((candidate) => candidate.moduleIds?.some(holds));
    if (!chunk) throw new Error(`no chunk for ${entry}: the server render cannot name its stylesheets`);
    visit(chunk);
  }
  return css;
}

/**
 * Wherever the dashboard is built (npm run build, npm start, the e2e test builds), the locality page's server
 * render is built with it, into `<outDir>/ssr/`, from the same sources and mode, with the stylesheets (their text)
 * this build's entry and locality chunks load (docs/locality-server-render.md).
 */
export function firstScreenSsr(): Plugin {
  let config: ResolvedConfig | undefined;
  let stylesheets: InlineStylesheet[] | null = null;
  // Another root built with this config (the bench's bare page) has no locality page to render.
  const applies = () => config !== undefined && existsSync(path.join(config.root, SSR_ENTRY));
  return {
    name: 'atlas-first-screen-ssr',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      if (!applies()) return;
      const chunks = Object.values(bundle).filter(
        (output) => output.type === 'chunk',
      ) as unknown as ChunkLike[];
      stylesheets = stylesheetsOf(chunks, STYLED_ENTRIES).map((file) => {
        const asset = bundle[file];
        if (asset?.type !== 'asset') throw new Error(`${file} is not in the build`);
        const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        return { href: `${config!.base}${file}`, css };
      });
    },
    async closeBundle() {
      // Also called when the client build failed: then there is nothing to render with.
      if (!applies() || stylesheets === null) return;
      const resolved = config!;
      const outDir = path.resolve(resolved.root, resolved.build.outDir);
      await build({
        configFile: resolved.configFile,
        mode: resolved.mode,
        logLevel: 'warn',
        define: {
          __FIRST_SCREEN_CSS__: JSON.stringify(stylesheets),
          // React's build as the browser's (a production dashboard renders with production React).
          'process.env.NODE_ENV': JSON.stringify(resolved.isProduction ? 'production' : 'development'),
        },
        // Self-contained, so the folder works wherever the dashboard is copied (the bench builds it in /tmp);
        // MapLibre only in the mini map's chunk, which the server never loads.
        ssr: { noExternal: true, external: ['maplibre-gl'] },
        build: {
          ssr: SSR_ENTRY,
          outDir: path.join(outDir, SSR_OUT_DIR),
          emptyOutDir: true,
          copyPublicDir: false,
          rolldownOptions: { output: { entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' } },
        },
      });
    },
  };
}
