import type { Indicator, MunicipalityProperties, ObservationSeries } from '../../data/contract';
import type { AtlasBuild } from '../build/atlas-build';
import { badParameter, notFound } from '../http/api-error';
import { seriesKey, type SexView } from '../kolada/series-cache';

export function requireIndicator(build: AtlasBuild, id: string, field = 'id'): Indicator {
  const indicator = build.indicatorById.get(id);
  if (!indicator) throw notFound(field, `unknown indicator '${id}'; see /api/indicators`);
  return indicator;
}

export function requireMunicipality(build: AtlasBuild, code: string, field = 'code'): MunicipalityProperties {
  const municipality = build.municipalityByCode.get(code);
  if (!municipality) throw notFound(field, `unknown municipality '${code}'; codes are SCB's 4-digit codes`);
  return municipality;
}

/** All series of an indicator, years ascending (empty if it has no data). */
export function seriesOf(
  build: AtlasBuild,
  indicatorId: string,
  sex: SexView = 'total',
): ObservationSeries[] {
  return [...(build.seriesByIndicator.get(seriesKey(indicatorId, sex))?.values() ?? [])];
}

/** The series for the year asked, or the latest with municipal data. */
export function requireSeries(
  build: AtlasBuild,
  indicator: Indicator,
  year: number | undefined,
  sex: SexView = 'total',
): ObservationSeries {
  if (sex !== 'total' && !indicator.bySex)
    throw badParameter('sex', `indicator '${indicator.id}' is not split by sex in Kolada; use sex=total`);
  const all = seriesOf(build, indicator.id, sex);
  if (year === undefined) {
    const latest = all.filter((s) => Object.keys(s.municipalities).length > 0).at(-1);
    if (!latest) throw notFound('id', `indicator '${indicator.id}' has no municipal data in this build`);
    return latest;
  }
  const series = build.seriesByIndicator.get(seriesKey(indicator.id, sex))?.get(year);
  if (!series) {
    const years = all.map((s) => s.year).join(', ') || 'none';
    throw notFound('year', `indicator '${indicator.id}' has no data for ${year}; years with data: ${years}`);
  }
  return series;
}
