import type { IndicatorLink, LinkEvidence, Workshop, WorkshopEvidence } from '../../data/contract';
import { currentReading, type WorkshopBuildView } from './indicator-readings';

/**
 * The evidence on every card: for each indicator link of the workshop, "now" from the current build (or why the
 * build cannot say it) and the municipality's whole series in this build. The stored "then" stays on the link.
 * Kolada series must be loaded (`build.kolada.ensure`) before this synchronous reading.
 */
export function workshopEvidence(workshop: Workshop, build: WorkshopBuildView): WorkshopEvidence {
  const links = workshop.cycles.flatMap((cycle) =>
    cycle.entries.flatMap((entry) => entry.links.map((link) => linkEvidence(entry.id, link, build))),
  );
  return { buildId: build.manifest.buildId, links };
}

export function linkEvidence(entryId: string, link: IndicatorLink, build: WorkshopBuildView): LinkEvidence {
  const base = { entryId, indicatorId: link.indicatorId, municipality: link.municipality };
  const byYear = build.seriesByIndicator.get(link.indicatorId);
  if (!build.indicatorById.has(link.indicatorId) || !byYear) {
    return { ...base, now: null, unavailable: 'indicator_gone', series: [] };
  }
  const series = [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => ({ year, value: byYear.get(year)?.municipalities[link.municipality] ?? null }));
  if (!byYear.has(link.year)) return { ...base, now: null, unavailable: 'year_gone', series };
  const now = currentReading(build, link.indicatorId, link.municipality);
  return { ...base, now, unavailable: now ? null : 'no_value', series };
}

/** Every indicator id linked anywhere in the workshop, for loading their Kolada series first. */
export function linkedIndicatorIds(workshop: Workshop): string[] {
  const ids = workshop.cycles.flatMap((cycle) =>
    cycle.entries.flatMap((entry) => entry.links.map((link) => link.indicatorId)),
  );
  return [...new Set(ids)];
}
