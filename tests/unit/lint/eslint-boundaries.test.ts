import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/paths';

/** Each case is a file that would break (or keep) one boundary, linted as if it lived at `path`. */
const cases: { name: string; path: string; code: string; breaks: boolean }[] = [
  {
    name: 'web imports API code',
    path: 'web/planner/fixture.ts',
    code: "import { createApp } from '../../api/app';\nexport const x = createApp;\n",
    breaks: true,
  },
  {
    name: 'web imports an API service module, even as a type',
    path: 'web/planner/fixture.ts',
    code: "import type { AtlasBuild } from '../../api/build/load-build';\nexport type X = AtlasBuild;\n",
    breaks: true,
  },
  {
    name: 'web imports the app type',
    path: 'web/lib/fixture.ts',
    code: "import type { AppType } from '../../api/app';\nexport type X = AppType;\n",
    breaks: false,
  },
  {
    name: 'api imports scripts',
    path: 'api/services/fixture.ts',
    code: "import { runIngest } from '../../scripts/ingest/run-ingest';\nexport const x = runIngest;\n",
    breaks: true,
  },
  {
    name: 'api imports scripts lazily',
    path: 'api/services/fixture.ts',
    code: "export const load = () => import('../../scripts/ingest/run-ingest');\n",
    breaks: true,
  },
  // The two files that were known exceptions until the import parsers moved to data/imports: no api/ file is one.
  {
    name: 'the import service imports the ingest',
    path: 'api/imports/import-service.ts',
    code: "import { previewImport } from '../../scripts/ingest/import/import-commands';\nexport const x = previewImport;\n",
    breaks: true,
  },
  {
    name: 'the import summary imports the ingest',
    path: 'api/imports/import-summary.ts',
    code: "import { importsToSource } from '../../scripts/ingest/import/imports-to-source';\nexport const x = importsToSource;\n",
    breaks: true,
  },
  {
    name: 'the API uses the shared import parsers',
    path: 'api/imports/import-service.ts',
    code: "import { previewImport } from '../../data/imports/preview-import';\nexport const x = previewImport;\n",
    breaks: false,
  },
  {
    name: 'the shared import parsers import the ingest',
    path: 'data/imports/fixture.ts',
    code: "import { importStoreAt } from '../../scripts/ingest/import/import-store';\nexport const x = importStoreAt;\n",
    breaks: true,
  },
  {
    name: 'the shared import parsers import the API',
    path: 'data/imports/fixture.ts',
    code: "import { FileImportStore } from '../../api/imports/file-import-store';\nexport const x = FileImportStore;\n",
    breaks: true,
  },
  {
    name: 'a page outside web/map imports maplibre-gl',
    path: 'web/planner/fixture.ts',
    code: "import { Map } from 'maplibre-gl';\nexport const x = Map;\n",
    breaks: true,
  },
  {
    name: 'a page imports a maplibre-gl subpath',
    path: 'web/locality/fixture.ts',
    code: "import url from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';\nexport const x = url;\n",
    breaks: true,
  },
  {
    name: 'web/map imports maplibre-gl',
    path: 'web/map/fixture.ts',
    code: "import { Map } from 'maplibre-gl';\nexport const x = Map;\n",
    breaks: false,
  },
  {
    name: 'web/map depends on a page',
    path: 'web/map/fixture.ts',
    code: "import { parseState } from '../planner/url-state';\nexport const x = parseState;\n",
    breaks: true,
  },
  {
    name: 'the bench baseline imports maplibre-gl',
    path: 'scripts/bench/web-bare/fixture.ts',
    code: "import { Map } from 'maplibre-gl';\nexport const x = Map;\n",
    breaks: false,
  },
  {
    name: 'an ingest script imports maplibre-gl',
    path: 'scripts/ingest/fixture.ts',
    code: "import { Map } from 'maplibre-gl';\nexport const x = Map;\n",
    breaks: true,
  },
  {
    name: 'a page reads the server outside web/data',
    path: 'web/locality/fixture.ts',
    code: "import { api } from '../data/api-client';\nexport const x = api.health.$get();\n",
    breaks: true,
  },
  {
    name: 'a page tells an API error apart',
    path: 'web/locality/fixture.ts',
    code: "import { ApiError } from '../data/api-client';\nexport const x = ApiError;\n",
    breaks: false,
  },
  {
    name: 'one page imports another page',
    path: 'web/workshop/fixture.ts',
    code: "import { PrintBrief } from '../locality/sections/PrintBrief';\nexport const x = PrintBrief;\n",
    breaks: true,
  },
  {
    name: 'a page uses a shared folder',
    path: 'web/locality/fixture.ts',
    code: "import { QrCode } from '../lib/QrCode';\nexport const x = QrCode;\n",
    breaks: false,
  },
  {
    name: 'the contract imports the API',
    path: 'data/contract/fixture.ts',
    code: "import { apiError } from '../../api/http/api-error';\nexport const x = apiError;\n",
    breaks: true,
  },
  {
    name: 'the contract imports the dashboard',
    path: 'data/contract/fixture.ts',
    code: "import { formatValue } from '../../web/lib/format';\nexport const x = formatValue;\n",
    breaks: true,
  },
  {
    name: 'the contract imports the ingest',
    path: 'data/contract/fixture.ts',
    code: "import { readCsv } from '../../scripts/ingest/csv/read-csv';\nexport const x = readCsv;\n",
    breaks: true,
  },
];

describe('lint enforces the architecture', () => {
  const eslint = new ESLint({ cwd: REPO_ROOT });

  for (const c of cases) {
    it(`${c.breaks ? 'refuses' : 'allows'}: ${c.name}`, async () => {
      const [result] = await eslint.lintText(c.code, { filePath: `${REPO_ROOT}/${c.path}` });
      const boundaryMessages = (result?.messages ?? []).filter(
        (m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-syntax',
      );
      expect(boundaryMessages.length > 0, JSON.stringify(result?.messages)).toBe(c.breaks);
    });
  }

  it('the API config has no list of exceptions: the api/ rule covers every api/ file', async () => {
    const config: Record<string, unknown> = await import('../../../eslint.boundaries.js');
    const api = (config.boundaryConfigs as { name?: string; ignores?: string[] }[]).find(
      (block) => block.name === 'boundaries/api',
    );
    expect(api?.ignores ?? []).toEqual([]);
    expect(Object.keys(config)).toEqual(['boundaryConfigs']);
  });
});
