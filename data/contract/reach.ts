/**
 * "How far must a firm reach?": the query and answer of GET /api/reach. Every count in the answer is an estimate
 * (urban areas publish only their total population), so the answer says so and carries its method in both languages.
 */
import { z } from 'zod';
import { MunicipalityCode, Year } from './codes';
import { LocalisedText, SourceRef } from './indicator';

export const ReachTarget = z.enum(['age_20_64', 'employed']);
export type ReachTarget = z.infer<typeof ReachTarget>;

/** Beyond this straight-line distance the answer is "not reached", not a larger circle. */
export const REACH_CAP_KM = 150;

const finite = z.coerce.number().refine(Number.isFinite, 'must be a finite number');

export const ReachQuery = z.object({
  site: z.string().min(1).max(100).optional().meta({ description: 'A firm siteId (see /api/firms)' }),
  municipality: MunicipalityCode.optional().meta({
    description: "Start at this municipality's interior point instead of a site",
    example: '0617',
  }),
  lon: finite.pipe(z.number().min(-180).max(180)).optional().meta({ description: 'Longitude (WGS84)' }),
  lat: finite.pipe(z.number().min(-90).max(90)).optional().meta({ description: 'Latitude (WGS84)' }),
  target: ReachTarget.optional().meta({
    description: 'age_20_64 (residents aged 20-64, default) or employed (employed residents)',
  }),
  n: z.coerce
    .number()
    .int('must be a whole number of people')
    .min(1)
    .max(20_000_000)
    .meta({ description: 'How many people of the target group the firm needs within reach', example: 5000 }),
});
export type ReachQuery = z.infer<typeof ReachQuery>;

const Estimate = z.number().int().min(0);

export const ReachUrbanArea = z.object({
  code: z.string(),
  name: z.string(),
  municipalityCode: MunicipalityCode,
  distanceKm: z.number(),
  /** Total population 31 Dec 2020 as SCB publishes it. */
  population: z.number().int(),
  /** population x the municipality's share of the target group: an estimate. */
  estimate: Estimate,
});

export const ReachMunicipality = z.object({
  code: MunicipalityCode,
  name: z.string(),
  /** Target group estimated inside the radius: from its urban areas and from its remainder. */
  inUrbanAreas: Estimate,
  outsideUrbanAreas: Estimate,
  /** The municipality's share of its population in the target group (percent), the year of the inputs. */
  targetShare: z.number().nullable(),
  /** Population minus its urban areas' population; 0 when floored or when it has no urban area of its own. */
  remainder: Estimate,
  /** The remainder came out negative (an urban area booked here spans neighbours) and was floored at 0. */
  remainderFloored: z.boolean(),
  /** No urban area is booked to this municipality: its people are counted in a neighbour's urban area. */
  withoutOwnUrbanArea: z.boolean(),
  /** Derived net commuting (in minus out) of the whole municipality, latest year. */
  netCommuting: z.number().nullable(),
});

export const ReachCommuting = z.object({
  year: Year.nullable(),
  /** Sum of the municipalities' net commuting; flows between them cancel, so the sum is the set's own net. */
  net: z.number().nullable(),
  source: SourceRef.nullable(),
  note: LocalisedText,
});

export const LabourShed = z.discriminatedUnion('coverage', [
  z.object({
    coverage: z.literal('flows'),
    municipality: z.object({ code: MunicipalityCode, name: z.string() }),
    year: Year,
    /** Employed by workplace (Kolada N02201) in that year: the base the 80 % is taken of. */
    employedByWorkplace: z.number().nullable(),
    origins: z.array(
      z.object({
        code: MunicipalityCode,
        name: z.string(),
        persons: z.number().int(),
        /** Running share of employed by workplace, percent. */
        cumulativeShare: z.number().nullable(),
      }),
    ),
    /** Whether the listed origins reach 80 % (false when the build's flows do not cover enough origins). */
    reaches80: z.boolean(),
    source: z.object({ publisher: z.string(), table: z.string() }),
    note: LocalisedText,
  }),
  z.object({ coverage: z.literal('none'), note: LocalisedText }),
]);

const ReachCommon = {
  centre: z.object({
    lon: z.number(),
    lat: z.number(),
    label: z.string(),
    municipality: z.object({ code: MunicipalityCode, name: z.string() }).nullable(),
    /** Sites without coordinates in the source sit at their municipality's interior point. */
    approximate: z.boolean(),
  }),
  target: ReachTarget,
  targetLabel: LocalisedText,
  n: z.number().int(),
  capKm: z.number(),
  /** Always true: both parts of the count are estimates. */
  estimate: z.literal(true),
  method: LocalisedText,
  inputs: z.object({ year: Year, sources: z.array(SourceRef) }),
  /** Municipalities touched whose remainder was floored at 0 or that have no urban area of their own. */
  traps: z.array(z.object({ code: MunicipalityCode, name: z.string(), text: LocalisedText })),
  labourShed: LabourShed,
};

export const ReachResponse = z
  .discriminatedUnion('reached', [
    z.object({
      reached: z.literal(true),
      ...ReachCommon,
      radiusKm: z.number(),
      total: z.object({ inUrbanAreas: Estimate, outsideUrbanAreas: Estimate, sum: Estimate }),
      urbanAreas: z.array(ReachUrbanArea),
      municipalities: z.array(ReachMunicipality),
      commuting: ReachCommuting,
    }),
    z.object({
      reached: z.literal(false),
      ...ReachCommon,
      /** What the cap holds: the target group estimated within capKm. */
      withinCap: z.object({ inUrbanAreas: Estimate, outsideUrbanAreas: Estimate, sum: Estimate }),
      message: LocalisedText,
    }),
  ])
  .meta({ id: 'Reach' });
export type ReachResponse = z.infer<typeof ReachResponse>;
export type ReachMunicipality = z.infer<typeof ReachMunicipality>;
export type LabourShed = z.infer<typeof LabourShed>;
