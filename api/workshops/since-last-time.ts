import type { SinceLastTime, Workshop } from '../../data/contract';
import type { WorkshopBuildView } from './indicator-readings';
import { nowForLink } from './link-evidence';
import { unknownChild } from './workshop-errors';

/**
 * What a group sees when it opens cycle n: the previous cycle's actions with their status, and every indicator
 * linked in that cycle with the value it showed then (stored with the link) next to the current build's value,
 * and the decisions of earlier cycles that are due for review by this cycle's date.
 */
export function sinceLastTime(
  workshop: Workshop,
  cycleNumber: number,
  build: WorkshopBuildView,
): SinceLastTime {
  const ordered = [...workshop.cycles].sort((a, b) => a.number - b.number);
  const index = ordered.findIndex((cycle) => cycle.number === cycleNumber);
  const cycle = ordered[index];
  if (!cycle) throw unknownChild('number', `cycle ${cycleNumber} in this workshop`);
  const previous = index > 0 ? ordered[index - 1] : undefined;
  const summary = (c: { id: string; number: number; date: string }) => ({
    id: c.id,
    number: c.number,
    date: c.date,
  });
  const decisionsDue = ordered
    .slice(0, Math.max(0, index))
    .flatMap((earlier) =>
      earlier.decisions
        .filter((decision) => decision.reviewDate !== null && decision.reviewDate <= cycle.date)
        .map((decision) => ({ ...decision, cycleNumber: earlier.number })),
    );
  if (!previous) return { cycle: summary(cycle), previous: null, actions: [], decisionsDue, indicators: [] };
  return {
    cycle: summary(cycle),
    previous: summary(previous),
    actions: previous.entries.filter((entry) => entry.kind === 'action'),
    decisionsDue,
    indicators: previous.entries.flatMap((entry) =>
      entry.links.map((link) => ({
        entryId: entry.id,
        indicatorId: link.indicatorId,
        municipality: link.municipality,
        then: { value: link.value, year: link.year, source: link.source, buildId: link.buildId },
        ...nowForLink(link, build),
      })),
    ),
  };
}
