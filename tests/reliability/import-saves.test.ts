import { afterAll, describe, expect, it } from 'vitest';
import { csvRequest, importsApp } from '../unit/imports-api/imports-app';

interface Preview {
  acceptedCount: number;
  rejected: { line: number; columnName?: string; reason: string }[];
}
interface ErrorBody {
  error: { code: string; message: string; field: string | null };
}

const HEADER = 'municipality_code;year;value;title;unit;direction;source';
const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n') + '\n');
const FIRST = csv(
  '0617;2024;12;Test X;percent;neutral;Egen räkning',
  '0680;2024;7;Test X;percent;neutral;Egen räkning',
);
const OTHER_UNIT = csv(
  '0617;2024;300;test-x;persons;neutral;Annan',
  '0683;2024;5;Annat mått;persons;neutral;Annan',
);

// Four previews and two saves per client, no refill to speak of: small enough to see the limits at work.
const { app, cleanup } = importsApp({
  rateLimit: {
    preview: { capacity: 4, refillPerSecond: 0.0001 },
    save: { capacity: 2, refillPerSecond: 0.0001 },
  },
});
afterAll(cleanup);

const post = (url: string, bytes: Uint8Array) => app.request(url, csvRequest(bytes));

describe('defects 4 and 5: saves never lose rows silently, and rate limits survive the rebuild', () => {
  it('saves a first file, refuses a second that reuses its title with another unit, and keeps the limits', async () => {
    const firstPreview = await post('/api/imports/preview?kind=indicator', FIRST);
    expect(firstPreview.status).toBe(200);

    const saved = await post('/api/imports?kind=indicator&name=first.csv', FIRST);
    expect(saved.status).toBe(201);
    const values = (await (await app.request('/api/indicators/import_test_x/values')).json()) as {
      n: number;
    };
    expect(values.n).toBe(2);

    // The collision with the stored import is shown in the preview, on the row, with the other import named.
    const clash = await post('/api/imports/preview?kind=indicator&name=second.csv', OTHER_UNIT);
    expect(clash.status).toBe(200);
    const preview = (await clash.json()) as Preview;
    expect(preview.acceptedCount).toBe(1);
    expect(preview.rejected).toEqual([expect.objectContaining({ line: 2, columnName: 'title' })]);
    expect(preview.rejected[0]?.reason).toContain('import "first"');

    // The same file name again is refused unless the replacement is asked for.
    const again = await post('/api/imports?kind=indicator&name=First.csv', FIRST);
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe('conflict');

    // Limits outlived the rebuild: 2 of 4 previews were used before it, 2 are left; saves have their own bucket.
    expect((await post('/api/imports/preview?kind=indicator', FIRST)).status).toBe(200);
    expect((await post('/api/imports/preview?kind=indicator', FIRST)).status).toBe(200);
    expect((await post('/api/imports/preview?kind=indicator', FIRST)).status).toBe(429);
    const savesLeft = await post('/api/imports?kind=indicator&name=third.csv', new Uint8Array());
    expect(savesLeft.status).toBe(429);

    // Nothing of the refused file reached the build, and the first import's values are unchanged.
    const after = (await (await app.request('/api/indicators/import_test_x/values')).json()) as {
      n: number;
      indicator: { unit: string };
    };
    expect(after).toMatchObject({ n: 2, indicator: { unit: 'percent' } });
  });
});
