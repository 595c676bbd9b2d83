import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, REPO_ROOT } from '../../support/paths';
import { app, getJson } from './app-fixture';

interface LintReport {
  problems: { severity: string; ruleId: string; message: string; location: { pointer: string }[] }[];
}

const ATLAS_OPERATIONS = [
  'get /health',
  'get /indicators',
  'get /indicators/{id}/values',
  'get /municipalities',
  'get /municipalities/{code}',
  'get /municipalities/{code}/indicators/{id}',
  'get /counties',
  'get /neighbour-countries',
  'get /flows',
  'get /firms',
  'get /catchment',
];

describe('GET /api/openapi.json', async () => {
  const { status, body } = await getJson<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
    '/api/openapi.json',
  );

  it('is an OpenAPI 3.1 document with every atlas operation, generated from the zod schemas', () => {
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const operations = Object.entries(body.paths).flatMap(([p, item]) =>
      Object.keys(item).map((m) => `${m} ${p}`),
    );
    expect(operations).toEqual(expect.arrayContaining(ATLAS_OPERATIONS));
    const values = body.paths['/indicators/{id}/values']!.get as { parameters: { name: string }[] };
    expect(values.parameters.map((p) => p.name).sort()).toEqual(['format', 'id', 'sex', 'year']);
  });

  it('lints clean under Redocly recommended rules', () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, 'openapi.json');
    writeFileSync(file, JSON.stringify(body, null, 2));
    let output: string;
    try {
      output = execFileSync(
        path.join(REPO_ROOT, 'node_modules', '.bin', 'redocly'),
        ['lint', file, '--config', path.join(REPO_ROOT, 'api', 'redocly.yaml'), '--format=json'],
        {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      );
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output) as LintReport;
    const problems = report.problems.map(
      (p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`,
    );
    expect(problems).toEqual([]);
  });
});

describe('GET /api/docs', () => {
  it('is a readable HTML page listing the operations, with no external scripts', async () => {
    const res = await app.request('/api/docs');
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('GET /api/indicators/{id}/values');
    expect(html).toContain('GET /api/municipalities/{code}');
    expect(html).not.toMatch(/<script/i);
  });
});
