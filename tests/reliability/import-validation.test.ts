import { afterAll, describe, expect, it } from 'vitest';
import { csvRequest, importsApp } from '../unit/imports-api/imports-app';

interface Preview {
  acceptedCount: number;
  accepted: { title?: string; source?: string; value?: number }[];
  rejected: { line: number; column?: number; columnName?: string; reason: string }[];
}
interface ErrorBody {
  error: { code: string; message: string; field: string | null };
}

const HEADER = 'municipality_code;year;value;title;unit;direction;source';
const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n') + '\n');
const { app, cleanup } = importsApp({
  rateLimit: {
    preview: { capacity: 1000, refillPerSecond: 1000 },
    save: { capacity: 1000, refillPerSecond: 1000 },
  },
});
afterAll(cleanup);

async function preview(bytes: Uint8Array, query = 'kind=indicator'): Promise<Preview> {
  const res = await app.request(`/api/imports/preview?${query}`, csvRequest(bytes));
  expect(res.status).toBe(200);
  return (await res.json()) as Preview;
}

describe('defect 1: imported values are finite and plausible for their unit, or rejected with line and column', () => {
  it.each([
    ['1e308', 'ratio'],
    ['-1e308', 'ratio'],
    ['1e400', 'persons'],
    ['Infinity', 'persons'],
    ['NaN', 'percent'],
    ['3e7', 'persons'],
    ['250000', 'percent'],
    ['-5', 'km'],
  ])('value %s in unit %s', async (value, unit) => {
    const body = await preview(
      csv('0617;2024;1;Test X;percent;neutral;Egen', `0680;2024;${value};Test Y;${unit};neutral;Egen`),
    );
    expect(body.acceptedCount).toBe(1);
    expect(body.rejected).toEqual([expect.objectContaining({ line: 3, column: 3, columnName: 'value' })]);
  });

  it('keeps real figures at the edge of their unit: 10.5 million persons, -40 % change', async () => {
    const body = await preview(
      csv('0180;2024;10500000;Folk;persons;neutral;SCB', '0617;2024;-40;Förändring;percent;neutral;SCB'),
    );
    expect(body.acceptedCount).toBe(2);
  });
});

describe('defect 2: an upload name that could mean a folder is a 400, never a 500', () => {
  it.each([
    '.',
    '..',
    '...',
    '../x.csv',
    '..%2fx.csv',
    'a/b.csv',
    'a\\b.csv',
    'x%00.csv',
    '%2e%2e',
    ' . ',
    'a%0ab.csv',
    '%01.csv',
  ])('name=%s', async (name) => {
    for (const route of ['/api/imports/preview', '/api/imports']) {
      const res = await app.request(
        `${route}?kind=indicator&name=${name}`,
        csvRequest(csv('0617;2024;1;A;percent;neutral;S')),
      );
      expect(res.status, `${route} ${name}`).toBe(400);
      expect(((await res.json()) as ErrorBody).error.field).toBe('name');
    }
  });

  it('a removal by an odd name is a 400 or 404, never a 500', async () => {
    for (const name of ['.', '..', '%2e%2e', '%00', 'a%2fb', '....']) {
      const res = await app.request(`/api/imports/${name}`, { method: 'DELETE' });
      expect([400, 404], name).toContain(res.status);
    }
  });
});

describe('defect 4: titles that become one indicator are shown in the preview and refused', () => {
  it('"Test X" and "test-x" in one file: the second spelling is rejected, naming the first', async () => {
    const body = await preview(
      csv('0617;2024;1;Test X;percent;neutral;Egen', '0680;2024;2;test-x;percent;neutral;Egen'),
    );
    expect(body.acceptedCount).toBe(1);
    expect(body.rejected).toEqual([expect.objectContaining({ line: 3, columnName: 'title' })]);
    expect(body.rejected[0]?.reason).toContain('"Test X" on line 2');
  });
});

describe('defect 8: control characters are stripped and text has length limits', () => {
  it('strips NUL, escape and bidi controls from titles and sources', async () => {
    const body = await preview(
      csv('0617;2024;1;Lärlings\u0000platser\u001b[31m;percent;neutral;SCB\u202e gnitset'),
    );
    expect(body.accepted[0]).toMatchObject({ title: 'Lärlingsplatser[31m', source: 'SCB gnitset' });
  });

  it('refuses a title of 300 kB with the limit, at line and column', async () => {
    const body = await preview(
      csv(`0617;2024;1;${'x'.repeat(300_000)};percent;neutral;SCB`, '0680;2024;1;Kort;percent;neutral;SCB'),
    );
    expect(body.acceptedCount).toBe(1);
    expect(body.rejected[0]).toMatchObject({ line: 2, column: 4, columnName: 'title' });
    expect(body.rejected[0]?.reason).toContain('at most 200 characters');
  });

  it('refuses a source over 300 characters', async () => {
    const body = await preview(csv(`0617;2024;1;Titel;percent;neutral;${'s'.repeat(301)}`));
    expect(body.rejected[0]).toMatchObject({ columnName: 'source' });
  });

  it('names a workbook uploaded in place of a CSV as what it is', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const res = await app.request('/api/imports/preview?kind=indicator', csvRequest(zip));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toContain('ZIP archive');
  });
});
