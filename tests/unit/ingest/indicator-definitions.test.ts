import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndicatorId } from '../../../data/contract';
import { INDICATOR_DEFINITIONS } from '../../../data/indicators';
import { SOURCES } from '../../../data/sources/sources';
import { koladaKpiIndicators } from '../../../scripts/ingest/sources/kolada-ddf';
import { RAW_DIR } from '../../support/paths';

describe('indicator definitions', () => {
  it('use unique, valid ids', () => {
    const ids = INDICATOR_DEFINITIONS.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(IndicatorId.safeParse(id).success, id).toBe(true);
  });

  it('weight means only by indicators that exist, and cite only known sources', () => {
    const ids = new Set(INDICATOR_DEFINITIONS.map((definition) => definition.id));
    for (const definition of INDICATOR_DEFINITIONS) {
      if (definition.aggregate.kind === 'weighted_mean')
        expect(ids, definition.id).toContain(definition.aggregate.base);
      for (const binding of definition.sources) expect(Object.keys(SOURCES)).toContain(binding.source);
    }
  });

  it('call no head count better or worse: a larger municipality is not a better one', () => {
    const counts = INDICATOR_DEFINITIONS.filter((definition) => definition.unit === 'persons');
    expect(counts.map((definition) => definition.id)).toContain('employed_by_workplace');
    for (const definition of counts) expect(definition.direction, definition.id).toBe('neutral');
  });

  it('bind every one of the 72 selected Kolada KPIs, each to exactly one indicator', () => {
    const selected = readFileSync(path.join(RAW_DIR, 'kolada', 'selected-kpis.csv'), 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',')[0]);
    expect(selected).toHaveLength(72);
    const bound = koladaKpiIndicators();
    for (const kpi of selected) expect(bound.has(kpi ?? ''), kpi).toBe(true);
    expect(bound.get('N01951')).toBe('population_total');
    expect(bound.get('U30446')).toBe('housing_market_balance');
    expect(bound.get('N03937')).toBe('open_unemployment_18_65');
    expect(bound.get('N03920')).toBe('unemployment_18_65');
  });
});
