import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../data/contract';
import type { CatalogueLine } from '../../../data/contract/api';
import { browseList, flatOptions, searchList } from '../../../web/planner/picker-model';
import { build } from '../api/app-fixture';
import { slimCatalogue } from '../../../api/services/indicator-catalogue';

/** The real test build's catalogue: the atlas set and the slim lines of every Kolada KPI. */
const atlas: Indicator[] = build.indicators;
const lines: CatalogueLine[] = slimCatalogue(build).indicators;

describe('indicator picker lists over the real catalogue', () => {
  it('lists the atlas set by theme first, then the rest of Kolada by group, capped at 200 rendered rows', () => {
    const list = browseList(atlas, lines, null, 'sv');
    const mappable = atlas.filter((i) => i.years.length > 0).length;
    const rest = lines.filter((l) => !atlas.some((i) => i.id === l.id) && l.latestYear !== null).length;
    expect(list.total).toBe(mappable + rest);
    expect(list.total).toBeGreaterThan(1900);
    expect(list.shown).toBe(200);
    expect(flatOptions(list)).toHaveLength(200);
    const firstKolada = list.groups.findIndex((g) => g.label.kind === 'kolada-group');
    expect(list.groups.slice(0, firstKolada).every((g) => g.label.kind === 'theme')).toBe(true);
    expect(
      flatOptions(list)
        .slice(0, mappable)
        .every((o) => o.atlasSet),
    ).toBe(true);
  });

  it('lists the whole of one Kolada group when it is chosen, without the atlas set', () => {
    const list = browseList(atlas, lines, 'Förskoleverksamhet', 'sv');
    const inGroup = lines.filter(
      (l) =>
        l.groups.includes('Förskoleverksamhet') && l.latestYear !== null && !atlas.some((i) => i.id === l.id),
    );
    expect(list.total).toBe(inGroup.length);
    expect(
      flatOptions(list)
        .map((o) => o.id)
        .sort(),
    ).toEqual(inGroup.map((l) => l.id).sort());
  });

  it('marks Kolada’s Swedish titles on an English page, and not the atlas set’s English ones', () => {
    const list = browseList(atlas, lines, 'Förskoleverksamhet', 'en');
    expect(flatOptions(list).every((o) => o.swedishTitle)).toBe(true);
    const english = browseList(atlas, null, null, 'en');
    expect(flatOptions(english).some((o) => o.swedishTitle)).toBe(false);
    expect(flatOptions(english).find((o) => o.id === 'population_total')?.title).toBe(
      'Population on 31 December',
    );
  });

  it('keeps the API’s ranking of search matches, atlas set first, and leaves out KPIs without values', () => {
    const n00530 = lines.find((l) => l.id === 'kolada_n00530')!;
    const population = lines.find((l) => l.id === 'population_total')!;
    const empty = { ...n00530, id: 'kolada_empty', latestYear: null };
    const list = searchList(atlas, [n00530, population, empty], 'sv');
    expect(list.groups.map((g) => g.label.kind)).toEqual(['atlas-set', 'rest-of-kolada']);
    expect(flatOptions(list).map((o) => o.id)).toEqual(['population_total', 'kolada_n00530']);
    expect(flatOptions(list)[1]).toMatchObject({ bySex: true, latestYear: 2022, municipalities: 137 });
  });
});
