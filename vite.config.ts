import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { WEB_STAMP_FILE, webSourceStamp } from './api/web-source-stamp';
import { firstScreenSsr } from './scripts/vite/first-screen-ssr';

const apiPort = process.env.API_PORT ?? '8080';

/** Stamps every dashboard build with its sources' hash, so `npm start` can tell a current one from a stale one. */
function sourceStamp(): Plugin {
  let outDir = '';
  let repoRoot = '';
  return {
    name: 'atlas-source-stamp',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      repoRoot = path.dirname(config.root); // root is web/
    },
    closeBundle() {
      writeFileSync(path.join(outDir, WEB_STAMP_FILE), `${webSourceStamp(repoRoot)}\n`);
    },
  };
}

export default defineConfig({
  root: 'web',
  publicDir: 'public',
  plugins: [react(), sourceStamp(), firstScreenSsr()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre changes far less often than the app: its own chunk stays cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)/, priority: 20 },
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
});
