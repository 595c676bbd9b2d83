import { describe, expect, it } from 'vitest';
import type { ProfileIndicatorResponse, ProfileResponse, ValuesResponse } from '../../../data/contract/api';
import { rawKoladaValue } from '../../support/kolada-raw';
import { type ErrorBody, getJson } from './app-fixture';

const GOTEBORG = '1480';

describe('profile of chosen indicators (?indicators=), as the locality page opens one from the planner', () => {
  it('answers a Kolada KPI outside the atlas set with its row: value, year, rank of n and series', async () => {
    const { status, body } = await getJson<ProfileResponse>(
      `/api/municipalities/${GOTEBORG}?indicators=kolada_n00530`,
    );
    expect(status).toBe(200);
    expect(body.indicators.map((item) => item.indicator.id)).toEqual(['kolada_n00530']);
    const [row] = body.indicators;
    expect(row?.latest).toMatchObject({ year: 2022, value: rawKoladaValue('N00530', GOTEBORG, 2022) });
    // Its series is in the indicator's detail (the profile leaves series out; see ProfileFigures).
    const detail = await getJson<ProfileIndicatorResponse>(
      `/api/municipalities/${GOTEBORG}/indicators/kolada_n00530`,
    );
    expect(detail.body.item.series.map((point) => [point.year, point.value])).toEqual([
      [2021, rawKoladaValue('N00530', GOTEBORG, 2021)],
      [2022, rawKoladaValue('N00530', GOTEBORG, 2022)],
    ]);
    const values = await getJson<ValuesResponse>('/api/indicators/kolada_n00530/values?year=2022');
    const ranked = values.body.values.find((value) => value.code === GOTEBORG);
    expect(row?.latest).toMatchObject({ rank: ranked?.rank, n: values.body.n });
  });

  it('resolves the rule id of an atlas-set KPI to the curated indicator', async () => {
    const { body } = await getJson<ProfileResponse>(`/api/municipalities/0617?indicators=kolada_n01951`);
    expect(body.indicators.map((item) => item.indicator.id)).toEqual(['population_total']);
  });

  it('names the parameter of an unknown id with a 400', async () => {
    const { status, body } = await getJson<ErrorBody>('/api/municipalities/0617?indicators=kolada_x99999');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid_parameter', field: 'indicators' });
    expect(body.error.message).toContain('kolada_x99999');
  });
});
