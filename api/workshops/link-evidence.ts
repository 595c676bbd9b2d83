import type {
  IndicatorLink,
  IndicatorNow,
  LinkEvidence,
  NowUnavailable,
  Workshop,
  WorkshopEvidence,
} from '../../data/contract';
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
  const reading = nowForLink(link, build);
  const byYear = build.seriesByIndicator.get(link.indicatorId);
  const series =
    reading.unavailable === 'indicator_gone' || !byYear
      ? []
      : [...byYear.keys()]
          .sort((a, b) => a - b)
          .map((year) => ({ year, value: byYear.get(year)?.municipalities[link.municipality] ?? null }));
  return { ...base, ...reading, series };
}

/** "Now" for one stored link, or why the current build cannot say it: one reason on cards and in "since last time". */
export function nowForLink(
  link: Pick<IndicatorLink, 'indicatorId' | 'municipality' | 'year'>,
  build: WorkshopBuildView,
): { now: IndicatorNow; unavailable: null } | { now: null; unavailable: NowUnavailable } {
  const byYear = build.seriesByIndicator.get(link.indicatorId);
  if (!build.indicatorById.has(link.indicatorId) || !byYear)
    return { now: null, unavailable: 'indicator_gone' };
  if (!byYear.has(link.year)) return { now: null, unavailable: 'year_gone' };
  const now = currentReading(build, link.indicatorId, link.municipality);
  return now ? { now, unavailable: null } : { now: null, unavailable: 'no_value' };
}

/** Every indicator id linked anywhere in the workshop, for loading their Kolada series first. */
export function linkedIndicatorIds(workshop: Workshop): string[] {
  const ids = workshop.cycles.flatMap((cycle) =>
    cycle.entries.flatMap((entry) => entry.links.map((link) => link.indicatorId)),
  );
  return [...new Set(ids)];
}
