import type { Indicator, MunicipalityProperties } from '../../data/contract';
import {
  STANDS_OUT_MAX_ITEMS,
  STANDS_OUT_MIN_SD,
  type ComparisonGroup,
  type StandsOutItem,
  type StandsOutResponse,
} from '../../data/contract/stands-out';
import type { AtlasBuild } from '../build/atlas-build';
import { sourceOf } from './aggregates';
import { requireMunicipality, seriesOf } from './lookup';
import { findPeers } from './peers';
import { rankingOf } from './ranking-cache';
import { median, standardDeviation } from './statistics';

const named = (m: MunicipalityProperties) => ({ code: m.code, name: m.name });

function groupMembers(build: AtlasBuild, m: MunicipalityProperties, kind: ComparisonGroup) {
  const others = [...build.municipalityByCode.values()].filter((other) => other.code !== m.code);
  switch (kind) {
    case 'peers': {
      const peers = findPeers(build, m, undefined, 5).similar.peers;
      return {
        label: { sv: 'liknande kommuner', en: 'similar municipalities' },
        members: peers.map((peer) => ({ code: peer.code, name: peer.name })),
      };
    }
    case 'county':
      return {
        label: { sv: m.countyName, en: m.countyName.replace(/ län$/, ' County') },
        members: others.filter((other) => other.countyCode === m.countyCode).map(named),
      };
    case 'skr':
      return {
        label: { sv: `SKR-gruppen ${m.skrGroupName}`, en: `SKR group ${m.skrGroupCode}` },
        members: others.filter((other) => other.skrGroupCode === m.skrGroupCode).map(named),
      };
    case 'nation':
      return { label: { sv: 'hela landet', en: 'the whole country' }, members: others.map(named) };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

function rule(label: { sv: string; en: string }): StandsOutResponse['rule'] {
  return {
    sv:
      `Jämfört med ${label.sv}: styrkor och svagheter är indikatorer med en riktning (högre är bättre eller ` +
      `sämre) där kommunen ligger minst ${String(STANDS_OUT_MIN_SD).replace('.', ',')} standardavvikelser ` +
      `(mellan alla kommuner med värde) bättre respektive sämre än gruppens median, senaste året. Högst ` +
      `${STANDS_OUT_MAX_ITEMS} av varje, störst skillnad först. Indikatorer utan riktning med störst skillnad ` +
      `visas som "värt att notera".`,
    en:
      `Compared with ${label.en}: strengths and weaknesses are indicators with a direction (higher is better or ` +
      `worse) where the municipality lies at least ${STANDS_OUT_MIN_SD} standard deviations (across all ` +
      `municipalities with a value) better or worse than the group's median, latest year. At most ` +
      `${STANDS_OUT_MAX_ITEMS} of each, largest gap first. Indicators without a direction with the largest gap ` +
      `are shown as "notable".`,
  };
}

function assess(indicator: Indicator, build: AtlasBuild, code: string, group: readonly string[]) {
  const latest = seriesOf(build, indicator.id)
    .filter((s) => s.municipalities[code] !== undefined)
    .at(-1);
  if (!latest) return null;
  const values = Object.values(latest.municipalities);
  const sd = standardDeviation(values);
  const inGroup = [code, ...group].flatMap((member) => {
    const value = latest.municipalities[member];
    return value === undefined ? [] : [value];
  });
  const groupMedian = median(inGroup);
  if (groupMedian === null || sd === 0 || inGroup.length < 2) return null;
  const value = latest.municipalities[code]!;
  const better = (a: number, b: number) => (indicator.direction === 'higher_is_worse' ? a < b : a > b);
  const ranking = rankingOf(indicator, latest).get(code)!;
  const item: StandsOutItem = {
    indicator: {
      id: indicator.id,
      title: indicator.title,
      direction: indicator.direction,
      caveats: indicator.caveat ? [indicator.caveat] : [],
      unit: indicator.unit,
      decimals: indicator.decimals,
    },
    year: latest.year,
    value,
    groupMedian,
    differenceSd: Math.round(((value - groupMedian) / sd) * 100) / 100,
    groupRank: 1 + inGroup.filter((other) => better(other, value)).length,
    groupSize: inGroup.length,
    rank: ranking.rank,
    n: values.length,
    source: sourceOf(indicator, latest),
  };
  return item;
}

/** Signed so that positive is better by the indicator's direction. */
const merit = (item: StandsOutItem) =>
  item.indicator.direction === 'higher_is_worse' ? -item.differenceSd : item.differenceSd;

/** What stands out for a municipality against its comparison group, by the rule the answer states. */
export function standsOut(
  build: AtlasBuild,
  code: string,
  kind: ComparisonGroup = 'peers',
): StandsOutResponse {
  const m = requireMunicipality(build, code);
  const { label, members } = groupMembers(build, m, kind);
  const memberCodes = members.map((member) => member.code);
  const items = build.indicators
    .filter((indicator) => indicator.unit !== 'category')
    .flatMap((indicator) => {
      const item = assess(indicator, build, code, memberCodes);
      return item ? [item] : [];
    });
  const directed = items.filter((item) => item.indicator.direction !== 'neutral');
  const strengths = directed
    .filter((item) => merit(item) >= STANDS_OUT_MIN_SD)
    .sort((a, b) => merit(b) - merit(a));
  const weaknesses = directed
    .filter((item) => merit(item) <= -STANDS_OUT_MIN_SD)
    .sort((a, b) => merit(a) - merit(b));
  const notable = items
    .filter(
      (item) => item.indicator.direction === 'neutral' && Math.abs(item.differenceSd) >= STANDS_OUT_MIN_SD,
    )
    .sort((a, b) => Math.abs(b.differenceSd) - Math.abs(a.differenceSd));
  return {
    municipality: named(m),
    group: { kind, label, members },
    rule: rule(label),
    minDifferenceSd: STANDS_OUT_MIN_SD,
    strengths: strengths.slice(0, STANDS_OUT_MAX_ITEMS),
    weaknesses: weaknesses.slice(0, STANDS_OUT_MAX_ITEMS),
    notable: notable.slice(0, 3),
  };
}
