import { describe, expect, it } from 'vitest';
import { figuresToCsv } from '../../../web/locality/export/figure-rows';
import { profileToFigureRows } from '../../../web/locality/export/profile-figures';
import { rawKoladaValue } from '../../support/kolada-raw';
import { getJoinedProfile } from '../api/app-fixture';

describe("the locality download of a sex view, from Gnosjö's real profile", () => {
  it("exports women's figures labelled as such, and a KPI without a split as empty with the reason", async () => {
    const body = await getJoinedProfile(
      '/api/municipalities/0617?indicators=kolada_n07907,kolada_n18905&sex=women',
    );
    const rows = profileToFigureRows(body, new Map(), 'en');
    const [split, none] = rows;
    expect(split).toMatchObject({ indicator: 'kolada_n07907', sex: 'women', series: 'Women' });
    expect(split?.value).toBe(rawKoladaValue('N07907', '0617', split!.year!, 'k'));
    // The county and national figures are women's too (Kolada's rows for Jönköping county and Sweden), not totals.
    expect(split).toMatchObject({
      county_value: rawKoladaValue('N07907', '06', split!.year!, 'k'),
      county_year: split!.year,
      county_method: 'published',
      national_value: rawKoladaValue('N07907', '0', split!.year!, 'k'),
      national_method: 'published',
    });
    expect(none).toMatchObject({ indicator: 'kolada_n18905', sex: 'women', value: null, year: null });
    expect(none?.series).toMatch(/no split by sex/i);
    const [header, first] = figuresToCsv(rows).split('\r\n');
    expect(header).toMatch(/,caveat,sex,series$/);
    expect(first).toMatch(/,women,Women$/);
  });

  it("marks the gap's county and national figures as derived (women's minus men's), not as published", async () => {
    const body = await getJoinedProfile('/api/municipalities/0617?indicators=kolada_n07907&sex=gap');
    const [gap] = profileToFigureRows(body, new Map(), 'sv');
    const year = gap!.year!;
    const minus = (geo: string) =>
      rawKoladaValue('N07907', geo, year, 'k') - rawKoladaValue('N07907', geo, year, 'm');
    expect(gap?.county_value).toBeCloseTo(minus('06'), 6);
    expect(gap?.national_value).toBeCloseTo(minus('0'), 6);
    expect(gap).toMatchObject({ county_method: 'derived', national_method: 'derived', sex: 'gap' });
  });

  it('keeps the totals download as it was', async () => {
    const body = await getJoinedProfile('/api/municipalities/0617?indicators=kolada_n07907');
    const rows = profileToFigureRows(body, new Map(), 'sv');
    expect(rows[0]?.value).toBe(body.indicators[0]?.latest?.value);
    expect(figuresToCsv(rows).split('\r\n')[0]).toMatch(/,caveat$/);
  });
});
