// The architecture as lint rules: data flows raw -> scripts/ (ingest) -> data build -> api/ -> web/, and the contract in
// data/contract is shared by all of them. Each block below is one group of files with every import it may not make;
// the groups are disjoint, so no block silently replaces another's rule. tests/eslint-boundaries.test.ts breaks each.

const rule = '@typescript-eslint/no-restricted-imports';

const MAPLIBRE = {
  regex: '^maplibre-gl($|/)',
  message: 'Only web/map/ imports maplibre-gl: expose what you need from web/map instead.',
};
const API_EXCEPT_APP_TYPE = {
  regex: '(^|/)api/(?!app$)',
  message: 'web/ talks to the API over HTTP: import only `type AppType` from api/app.',
};
const API_APP_TYPE = {
  regex: '(^|/)api/app$',
  allowTypeImports: true,
  message: 'web/ imports api/app only as `import type` (the typed client), never its code.',
};
const SERVER_READS = {
  regex: '(^|/)data/api-client$',
  importNames: ['api', 'readJson'],
  message:
    'Server reads go through the query options in web/data/ (one key per endpoint), not ad hoc from a page.',
};
const PAGES = {
  regex: '^\\.\\./(planner|locality|workshop|imports)/',
  message: 'web/map serves every page and depends on none: move what both need into web/map or web/lib.',
};
/** A page's folder may use the shared folders (data, map, lib, i18n, attractiveness, router), never another page's. */
const OTHER_PAGE = (page) => ({
  regex: `^(\\.\\./)+(${PAGE_FOLDERS.filter((other) => other !== page).join('|')})/`,
  message: `web/${page}/ does not import another page: move what both need into a shared folder of web/.`,
});
const API = { regex: '(^|/)api(/|$)', message: 'The contract and the data layer do not depend on the API.' };
const WEB = {
  regex: '(^|/)web(/|$)',
  message: 'The contract and the data layer do not depend on the dashboard.',
};
const SCRIPTS = {
  regex: '(^|/)scripts(/|$)',
  message:
    'api/ and data/ never import scripts/: rebuilds run in the ingest process, shared pure code lives in data/.',
};

const scriptsImportSyntax = {
  selector: 'ImportExpression[source.value=/(^|\\/)scripts(\\/|$)/]',
  message: 'api/ never imports scripts/, not even lazily: run the ingest in its own process.',
};

const TS = '**/*.{ts,tsx}';
const PAGE_FOLDERS = ['planner', 'locality', 'workshop', 'imports'];

export const boundaryConfigs = [
  {
    name: 'boundaries/web',
    files: [`web/${TS}`],
    ignores: [`web/map/${TS}`, `web/data/${TS}`, ...PAGE_FOLDERS.map((page) => `web/${page}/${TS}`)],
    rules: { [rule]: ['error', { patterns: [API_EXCEPT_APP_TYPE, API_APP_TYPE, MAPLIBRE, SERVER_READS] }] },
  },
  ...PAGE_FOLDERS.map((page) => ({
    name: `boundaries/web-${page}`,
    files: [`web/${page}/${TS}`],
    rules: {
      [rule]: [
        'error',
        { patterns: [API_EXCEPT_APP_TYPE, API_APP_TYPE, MAPLIBRE, SERVER_READS, OTHER_PAGE(page)] },
      ],
    },
  })),
  {
    name: 'boundaries/web-data',
    files: [`web/data/${TS}`],
    rules: { [rule]: ['error', { patterns: [API_EXCEPT_APP_TYPE, API_APP_TYPE, MAPLIBRE] }] },
  },
  {
    name: 'boundaries/web-map',
    files: [`web/map/${TS}`],
    rules: { [rule]: ['error', { patterns: [API_EXCEPT_APP_TYPE, API_APP_TYPE, SERVER_READS, PAGES] }] },
  },
  {
    name: 'boundaries/api',
    files: [`api/${TS}`],
    rules: {
      [rule]: ['error', { patterns: [SCRIPTS, MAPLIBRE, WEB] }],
      'no-restricted-syntax': ['error', scriptsImportSyntax],
    },
  },
  {
    name: 'boundaries/data',
    files: [`data/${TS}`],
    rules: {
      [rule]: ['error', { patterns: [API, WEB, SCRIPTS, MAPLIBRE] }],
      'no-restricted-syntax': ['error', scriptsImportSyntax],
    },
  },
  {
    name: 'boundaries/scripts',
    files: [`scripts/${TS}`],
    ignores: [`scripts/bench/web-bare/${TS}`],
    rules: { [rule]: ['error', { patterns: [MAPLIBRE, WEB] }] },
  },
];
