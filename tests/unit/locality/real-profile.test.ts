import { describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import type { LocalisedText } from '../../../data/contract';
import type {
  FirmsResponse,
  FlowsResponse,
  IndicatorsResponse,
  ProfileResponse,
} from '../../../data/contract/api';
import { topFlows } from '../../../web/locality/commuting/top-flows';
import { figuresToCsv } from '../../../web/locality/export/figure-rows';
import { profileToFigureRows } from '../../../web/locality/export/profile-figures';
import { countByNace } from '../../../web/locality/firms/nace-counts';
import { peerList, similarityBasis } from '../../../web/locality/peers/peer-presentation';
import { groupByTheme, keyFigures } from '../../../web/locality/profile-view';
import { joinProfile } from '../../../web/data/profile-join';
import { TEST_BUILD_DIR } from '../../support/paths';

const app = createApp({ buildDir: TEST_BUILD_DIR, workshopStore: new SqliteWorkshopStore(':memory:') });
async function get<T>(url: string): Promise<T> {
  const response = await app.request(url);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const catalogue = (await get<IndicatorsResponse>('/api/indicators')).indicators;
// As the page reads it: the answer's figures joined with the catalogue.
const profile = joinProfile(await get<ProfileResponse>('/api/municipalities/0617'), catalogue);
const titles: Record<string, LocalisedText> = Object.fromEntries(
  catalogue.map((item) => [item.id, item.title]),
);

describe("peer presentation on Gnosjö's real profile", () => {
  const similar = peerList(profile.peers, 'similar', '0617', titles, 'sv');

  it('lists the most similar nearest first, without Gnosjö itself, with at most three titled reasons', () => {
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.some((peer) => peer.code === '0617')).toBe(false);
    const distances = similar.map((peer) => peer.distance ?? NaN);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(similar.at(-1)?.relativeDistance).toBe(1);
    for (const peer of similar) {
      expect(peer.reasons.length).toBeGreaterThan(0);
      expect(peer.reasons.length).toBeLessThanOrEqual(3);
      const sizes = peer.reasons.map((reason) => reason.difference);
      expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
      for (const reason of peer.reasons) expect(reason.title).toBe(titles[reason.indicator]?.sv);
    }
  });

  it('gives the labour-market region as Gislaved and Värnamo, and the SKR group sorted by name', () => {
    expect(peerList(profile.peers, 'la', '0617', titles, 'sv').map((peer) => peer.name)).toEqual([
      'Gislaved',
      'Värnamo',
    ]);
    const skr = peerList(profile.peers, 'skr', '0617', titles, 'sv').map((peer) => peer.name);
    expect(skr).toEqual([...skr].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(skr).not.toContain('Gnosjö');
  });

  it('states the basis of the distance with each indicator year, population on a log scale', () => {
    const basis = similarityBasis(profile.peers, titles, 'en');
    expect(basis.find((item) => item.id === 'population_total')?.label).toBe(
      'Population on 31 December (2024, log)',
    );
  });
});

describe('figures of the real profile', () => {
  it('exports population 2024 = 9131 with its SCB table, and leaves missing survey answers empty', () => {
    const rows = profileToFigureRows(profile, new Map(catalogue.map((item) => [item.id, item])), 'sv');
    const population = rows.find((row) => row.indicator === 'population_total');
    expect(population).toMatchObject({ year: 2024, value: 9131, unit: 'persons', national_value: 10587710 });
    expect(population?.table).toContain('BE0101');
    const survey = rows.find((row) => row.indicator === 'survey_good_place_to_live');
    expect(survey).toMatchObject({ value: null, year: null });
    expect(survey?.publisher).not.toBe('');
    expect(figuresToCsv(rows).split('\r\n')).toHaveLength(rows.length + 2);
  });

  it('groups every indicator under one of the six themes and picks the key figures in order', () => {
    const groups = groupByTheme(profile.indicators);
    expect(groups.map((group) => group.theme)).toEqual([
      'commuting',
      'labour',
      'skills',
      'housing',
      'population',
      'quality_of_life',
    ]);
    expect(groups.reduce((sum, group) => sum + group.items.length, 0)).toBe(profile.indicators.length);
    expect(keyFigures(profile)[0]?.indicator.id).toBe('population_total');
  });
});

describe('firms and flows helpers on real answers', () => {
  it("counts Gnosjö's metal sites by NACE group, summing to the list", async () => {
    const firms = await get<FirmsResponse>('/api/firms?municipality=0617');
    const counts = countByNace(firms.features);
    expect(counts['24'] + counts['25'] + counts.other).toBe(firms.features.length);
    expect(counts['25']).toBeGreaterThan(0);
  });

  it("names where Luleå's in-commuters come from, largest first, without the diagonal", async () => {
    const flows = await get<FlowsResponse>('/api/flows?municipality=2580&direction=both');
    if (flows.coverage !== 'flows') throw new Error('the snapshot has Norrbotten flows for Luleå');
    const origins = topFlows(flows.features, 'in', 5);
    expect(origins.map((row) => row.code)).not.toContain('2580');
    expect(origins.map((row) => row.persons)).toEqual(
      [...origins.map((row) => row.persons)].sort((a, b) => b - a),
    );
    expect(origins[0]?.name).toBe('Boden');
  });
});
