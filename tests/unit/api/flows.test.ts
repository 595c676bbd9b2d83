import { describe, expect, it } from 'vitest';
import type { CommutingFile } from '../../../data/contract';
import type { FlowsResponse } from '../../../data/contract/api';
import { buildFile, getJson, type ErrorBody } from './app-fixture';

const commuting = buildFile<CommutingFile>('commuting-flows.json');
type Flows = Extract<FlowsResponse, { coverage: 'flows' }>;

describe('GET /api/flows', () => {
  it('draws Luleå (2580) flows as LineStrings with the persons of the build, latest year, both directions', async () => {
    const { status, body, res } = await getJson<Flows>('/api/flows?municipality=2580');
    expect(status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/geo+json');
    expect(body.coverage).toBe('flows');
    const latest = Math.max(...commuting.coverage.find((c) => c.municipality === '2580')!.years);
    expect(body.year).toBe(latest);
    const expected = commuting.flows.filter(
      (f) =>
        f.year === latest &&
        f.sex === 'total' &&
        f.origin !== f.destination &&
        (f.origin === '2580' || f.destination === '2580'),
    );
    expect(body.features).toHaveLength(expected.length);
    const toBoden = body.features.find((f) => f.properties.destination === '2582')!;
    expect(toBoden.geometry.type).toBe('LineString');
    expect(toBoden.properties.direction).toBe('out');
    expect(toBoden.properties.persons).toBe(
      expected.find((f) => f.origin === '2580' && f.destination === '2582')!.persons,
    );
    expect(body.liveAndWork).toBe(
      commuting.flows.find(
        (f) => f.year === latest && f.sex === 'total' && f.origin === '2580' && f.destination === '2580',
      )!.persons,
    );
    const persons = body.features.map((f) => f.properties.persons);
    expect(persons).toEqual([...persons].sort((a, b) => b - a));
  });

  it('filters by direction, sex, year and top', async () => {
    const { body } = await getJson<Flows>(
      '/api/flows?municipality=2580&direction=in&sex=women&year=2020&top=3',
    );
    expect(body.features).toHaveLength(3);
    for (const f of body.features) {
      expect(f.properties).toMatchObject({ destination: '2580', direction: 'in', sex: 'women', year: 2020 });
    }
  });

  it('says explicitly that Gnosjö has no flow data instead of returning an empty collection', async () => {
    const { status, body } = await getJson<Extract<FlowsResponse, { coverage: 'none' }>>(
      '/api/flows?municipality=0617',
    );
    expect(status).toBe(200);
    expect(body.coverage).toBe('none');
    expect(body).not.toHaveProperty('features');
    expect(body.message).toContain('Gnosjö');
    expect(body.municipalitiesWithFlows).toHaveLength(14);
  });

  it.each([
    ['/api/flows', 400, 'municipality'],
    ['/api/flows?municipality=9999', 404, 'municipality'],
    ['/api/flows?municipality=2580&year=2015', 404, 'year'],
    ['/api/flows?municipality=2580&direction=sideways', 400, 'direction'],
    ['/api/flows?municipality=2580&sex=x', 400, 'sex'],
    ['/api/flows?municipality=2580&top=-1', 400, 'top'],
  ])('%s -> %i naming %s', async (url, expectedStatus, field) => {
    const { status, body } = await getJson<ErrorBody>(url);
    expect(status).toBe(expectedStatus);
    expect(body.error.field).toBe(field);
  });
});
