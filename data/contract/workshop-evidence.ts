import { z } from 'zod';
import { IndicatorId, MunicipalityCode, Year } from './codes';
import { IndicatorNow, WorkshopId } from './workshop';

/**
 * Why the current build cannot say "now" for a link: the indicator is gone from the catalogue, the build no
 * longer has the year the link was made for, or it has no value for this municipality in any year.
 */
export const NowUnavailable = z.enum(['indicator_gone', 'year_gone', 'no_value']);
export type NowUnavailable = z.infer<typeof NowUnavailable>;

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
