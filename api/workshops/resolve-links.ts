import type { IndicatorLink, IndicatorLinkRequest } from '../../data/contract';
import { currentReading, type WorkshopBuildView } from './indicator-readings';
import { invalidField } from './workshop-errors';

/**
 * Freezes one indicator link: a link that already existed keeps what it showed then; a new one reads the current
 * build (value, year, source, build id). `field` names the request path in a 400, e.g. `links.2` or `evidence.0`.
 */
export function resolveIndicatorLink(
  build: WorkshopBuildView,
  request: IndicatorLinkRequest,
  existing: readonly IndicatorLink[],
  at: string,
  field: string,
): IndicatorLink {
  const kept = existing.find(
    (link) => link.indicatorId === request.indicatorId && link.municipality === request.municipality,
  );
  if (kept) return kept;
  if (!build.indicatorById.has(request.indicatorId)) {
    throw invalidField(`${field}.indicatorId`, `unknown indicator ${request.indicatorId}`);
  }
  if (!build.municipalityByCode.has(request.municipality)) {
    throw invalidField(`${field}.municipality`, `${request.municipality} is not a municipality code`);
  }
  const reading = currentReading(build, request.indicatorId, request.municipality);
  if (!reading) {
    throw invalidField(
      `${field}.indicatorId`,
      `the atlas has no value of this indicator for ${request.municipality}`,
    );
  }
  return {
    indicatorId: request.indicatorId,
    municipality: request.municipality,
    value: reading.value,
    year: reading.year,
    source: reading.source,
    buildId: reading.buildId,
    linkedAt: at,
  };
}

/** Throws a 400 naming `${field}.${index}` for an indicator and municipality given twice. */
export function checkNoDuplicateLinks(
  requests: readonly { request: IndicatorLinkRequest; index: number }[],
  field: string,
): void {
  const seen = new Set<string>();
  for (const { request, index } of requests) {
    const key = `${request.indicatorId}|${request.municipality}`;
    if (seen.has(key))
      throw invalidField(`${field}.${index}`, 'this indicator and municipality are linked twice');
    seen.add(key);
  }
}
