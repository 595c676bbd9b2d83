import { z } from 'zod';
import { IndicatorId, MunicipalityCode, Year } from './codes';
import { IndicatorNow, NowUnavailable, WorkshopId } from './workshop';

/** One linked indicator's evidence on a card: "now" from the current build, next to the stored "then". */
export const LinkEvidence = z
  .object({
    entryId: WorkshopId,
    indicatorId: IndicatorId,
    municipality: MunicipalityCode,
    /** The current build's latest value; null exactly when `unavailable` says why. */
    now: IndicatorNow.nullable(),
    unavailable: NowUnavailable.nullable(),
    /** Every year the build has for the indicator, oldest first; null where this municipality has no value. */
    series: z.array(z.object({ year: Year, value: z.number().nullable() })),
  })
  .meta({ id: 'WorkshopLinkEvidence' });
export type LinkEvidence = z.infer<typeof LinkEvidence>;

export const WorkshopEvidence = z
  .object({ buildId: z.string().min(1), links: z.array(LinkEvidence) })
  .meta({ id: 'WorkshopEvidence' });
export type WorkshopEvidence = z.infer<typeof WorkshopEvidence>;
