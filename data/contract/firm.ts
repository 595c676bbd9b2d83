import { z } from 'zod';
import { MunicipalityCode } from './codes';
import { PointGeometry } from './geography';

export const LocationQuality = z.enum(['exact', 'approximate']);
export type LocationQuality = z.infer<typeof LocationQuality>;

export const FirmSiteProperties = z.object({
  siteId: z.string().min(1),
  company: z.string().min(1),
  siteName: z.string().min(1),
  municipalityCode: MunicipalityCode,
  municipalityName: z.string().min(1),
  /** NACE code as published ("24.10", "24.5", "24"): a string, never a number. */
  nace: z.string().regex(/^\d{2}(\.\d{1,2})?$/),
  /** Two-digit NACE division used for colours and filters. */
  naceGroup: z.string().regex(/^\d{2}$/),
  activity: z.string(),
  /** Free text as the source states it, e.g. "2300 (2023)"; never an exact count. */
  employees: z.string().nullable(),
  source: z.string().min(1),
  /** "approximate": placed at the municipality's interior point because the source has no coordinates. */
  location: LocationQuality,
  /** Where the site came from: the bundled snapshot or a user's import. */
  origin: z.string().min(1),
});
export type FirmSiteProperties = z.infer<typeof FirmSiteProperties>;

export const FirmSiteFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: FirmSiteProperties,
  geometry: PointGeometry,
});
export type FirmSiteFeature = z.infer<typeof FirmSiteFeature>;
export const FirmSiteCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(FirmSiteFeature),
});
export type FirmSiteCollection = z.infer<typeof FirmSiteCollection>;
