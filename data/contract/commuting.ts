import { z } from 'zod';
import { MunicipalityCode, Sex, Year } from './codes';

/** One origin-destination flow: people living in origin and working in destination. 0 means 0-2 persons. */
export const CommutingFlow = z.object({
  origin: MunicipalityCode,
  destination: MunicipalityCode,
  year: Year,
  sex: Sex,
  persons: z.number().int().nonnegative(),
});
export type CommutingFlow = z.infer<typeof CommutingFlow>;

export const FlowCoverage = z.object({
  municipality: MunicipalityCode,
  /** Years with origin-destination flows for this municipality; empty = no flow data in this build. */
  years: z.array(Year),
  /** Which other municipalities the flows reach (e.g. only within Norrbotten in the offline snapshot). */
  scope: z.string(),
});
export type FlowCoverage = z.infer<typeof FlowCoverage>;

export const CommutingFile = z.object({
  source: z.object({ id: z.string(), publisher: z.string(), table: z.string(), licence: z.string() }),
  note: z.string(),
  coverage: z.array(FlowCoverage).length(290),
  flows: z.array(CommutingFlow),
});
export type CommutingFile = z.infer<typeof CommutingFile>;
