import { afterAll, describe, expect, it } from 'vitest';
import { removeTempSnapshots } from './fixture-snapshot';
import { assemble, rawWith } from './kolada-fixture';

afterAll(removeTempSnapshots);

describe('--atlas-set-only: the Kolada part of a build holds the atlas set alone (the bench compares it)', () => {
  it("reads only the atlas set's KPI files, says so, and never reuses the whole dump's Parquet", async () => {
    const raw = rawWith();
    const whole = await assemble(raw, 'all');
    const atlas = await assemble(raw, 'atlas-set');
    const kpis = (result: typeof whole) => result.catalogue.entries.map((entry) => entry.indicator.kpi);
    expect(kpis(whole)).toContain('N18905');
    expect(kpis(atlas)).toEqual(['N01951', 'N02274', 'U30446']);
    expect(atlas.catalogue.entries.every((entry) => entry.aliasOf !== undefined)).toBe(true);
    // Files outside the atlas set are not opened: no header or concept warnings about them.
    expect(atlas.warnings.filter((warning) => /N18899|N18941|N18964|n18899|n18964/.test(warning))).toEqual(
      [],
    );
    expect(atlas.warnings[0]).toMatch(/^kolada: --atlas-set-only: the \d+ KPIs of the atlas set alone/);
    expect(atlas.summary.rows).toBeLessThan(whole.summary.rows);
    expect(atlas.catalogue.columnarKey).not.toBe(whole.catalogue.columnarKey);
  });
});
