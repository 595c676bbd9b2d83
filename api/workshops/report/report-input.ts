import type { IndicatorCurrent, Outcome, Workshop, WorkshopWeightings } from '../../../data/contract';
import type { Lang } from '../../../data/format/format-value';
import { REPORT_FIGURE_IDS } from '../../../data/workshop-report/report-figures';
import type { ReportInput } from '../../../data/workshop-report/report-model';
import { currentIndicator, type WorkshopBuildView } from '../indicator-readings';

/** What the report needs from the current build: its key figures now, indicator titles and municipality names. */
export async function reportInput(
  build: WorkshopBuildView,
  workshop: Workshop,
  outcomes: readonly Outcome[],
  weightings: WorkshopWeightings,
  lang: Lang,
  now: Date,
): Promise<ReportInput> {
  const linked = [
    ...workshop.cycles.flatMap((cycle) => cycle.entries.flatMap((e) => e.links.map((l) => l.indicatorId))),
    ...outcomes.flatMap((o) => o.evidence.flatMap((e) => (e.kind === 'indicator' ? [e.indicatorId] : []))),
  ];
  await build.kolada.ensure([...REPORT_FIGURE_IDS, ...linked]);
  const keyFigures = REPORT_FIGURE_IDS.flatMap((id) =>
    workshop.municipalities.flatMap((code): IndicatorCurrent[] => {
      const figure = currentIndicator(build, id, code);
      return figure ? [figure] : [];
    }),
  );
  return {
    workshop,
    outcomes,
    keyFigures,
    indicator: (id) => build.indicatorById.get(id),
    municipalityName: (code) => build.municipalityByCode.get(code)?.name ?? code,
    lang,
    generatedOn: now.toISOString().slice(0, 10),
    buildId: build.manifest.buildId,
    weightings: weightings.weightings.length > 0 ? weightings : undefined,
  };
}
