/** Query and path parameters of the Atlas API (re-exported by ./api): validated at the edge, documented in OpenAPI. */
import { z } from 'zod';
import { CatalogueTheme, IndicatorId, MunicipalityCode, Sex } from './codes';
import { SEX_VIEWS } from './sex-views';

/** The error handler prefixes the parameter's name, so messages here do not repeat it. */
const commaList = () =>
  z
    .string()
    .max(2000)
    .transform((text) => text.split(',').map((part) => part.trim()))
    .refine((parts) => parts.every((part) => part.length > 0), 'empty item in comma-separated list');

const finiteNumber = z.coerce.number().refine(Number.isFinite, 'must be a finite number');
const inWgs84 = (lon: number, lat: number) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
const yearParam = z.coerce.number().int().min(1990).max(2100).optional();
const numberList = () => commaList().transform((parts) => parts.map(Number));

export const MunicipalityCodeParam = z.object({
  code: MunicipalityCode.meta({
    param: { name: 'code', in: 'path' },
    description: "SCB's 4-digit municipality code",
    example: '0617',
  }),
});
export const IndicatorIdParam = z.object({
  id: IndicatorId.meta({
    param: { name: 'id', in: 'path' },
    description: 'Indicator id from /api/indicators',
    example: 'population_total',
  }),
});

export const MunicipalitiesQuery = z.object({
  /** The buildId the client already knows: a matching v makes the response immutable for a year. */
  v: z
    .string()
    .regex(/^[0-9a-f]{16,64}$/, 'v is a buildId (hex)')
    .optional()
    .meta({ description: 'The current buildId (see /api/health): makes the answer cacheable for a year' }),
});

export const SexView = z.enum(SEX_VIEWS);
export type SexView = z.infer<typeof SexView>;
/** A sex view the profile can add beside the totals (`?sex=`): Kolada's women or men, or the derived gap. */
export const ProfileSexView = SexView.exclude(['total']);
export type ProfileSexView = z.infer<typeof ProfileSexView>;

export const ValueFormat = z.enum(['json', 'csv', 'csv-sv', 'xlsx']);
export type ValueFormat = z.infer<typeof ValueFormat>;
export const ValuesQuery = z.object({
  year: yearParam.meta({ description: 'Year; default the latest with data', example: 2022 }),
  format: ValueFormat.optional().meta({
    description:
      'json (default), csv (RFC 4180), csv-sv (semicolon, decimal comma) or xlsx (codes as text, figures as numbers)',
  }),
  sex: SexView.optional().meta({
    description: 'total (default); women, men or gap (women minus men) where Kolada splits the KPI by sex',
  }),
});

export const IndicatorsQuery = z.object({
  q: z.string().trim().min(1).max(100).optional().meta({
    description: 'Search titles and descriptions (case, å/ä/ö and accents folded), ranked',
    example: 'förskola',
  }),
  group: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Kolada operating area, e.g. 'Vuxenutbildning'" }),
  theme: CatalogueTheme.optional().meta({ description: 'Atlas theme, or other' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .optional()
    .meta({ description: 'Most matches (default 50)' }),
});

/** GET /api/municipalities/:code/indicators/:id: the trend chart's view. */
export const ProfileIndicatorQuery = z.object({
  sex: ProfileSexView.optional().meta({
    description:
      "Adds the indicator's series for women, men or the gap (women minus men, derived), with the county's and the " +
      "nation's figure of each year, beside the totals; an indicator Kolada does not split by sex is marked unavailable",
  }),
});

export const ProfileQuery = z.object({
  similarBy: commaList()
    .pipe(z.array(IndicatorId).min(1).max(30))
    .optional()
    .meta({ description: 'Indicator ids to compare on, comma-separated', example: 'population_total' }),
  similarCount: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .optional()
    .meta({ description: 'How many similar municipalities (default 5)' }),
  group: z.string().min(1).max(200).optional().meta({
    description:
      "Instead of the atlas set: every indicator of one Kolada operating area, e.g. 'Förskoleverksamhet'",
  }),
  indicators: commaList().pipe(z.array(IndicatorId).min(1).max(30)).optional().meta({
    description: 'Instead of the atlas set: these indicators only (any catalogue ids), comma-separated',
    example: 'kolada_n00530',
  }),
  sex: ProfileSexView.optional().meta({
    description:
      "Adds each indicator's figures for women, men or the gap (women minus men, derived) beside the totals; " +
      'an indicator Kolada does not split by sex is marked unavailable',
  }),
});

export const FlowDirection = z.enum(['in', 'out', 'both']);
export const FlowsQuery = z.object({
  municipality: MunicipalityCode.meta({ description: "SCB's 4-digit municipality code", example: '2580' }),
  direction: FlowDirection.optional().meta({ description: 'in, out or both (default)' }),
  year: yearParam.meta({ description: 'Year; default the latest with flows' }),
  sex: Sex.optional().meta({ description: 'total (default), women or men' }),
  top: z.coerce
    .number()
    .int()
    .min(1)
    .max(290)
    .optional()
    .meta({ description: 'Only the largest n flows (default all)' }),
});

const Longitude = finiteNumber.pipe(z.number().min(-180).max(180));
const Latitude = finiteNumber.pipe(z.number().min(-90).max(90));
const RadiusKm = finiteNumber.pipe(z.number().gt(0).max(300));

export const FirmsQuery = z.object({
  bbox: numberList()
    .pipe(z.array(z.number()).length(4, 'bbox is minLon,minLat,maxLon,maxLat'))
    .refine(([minLon, minLat, maxLon, maxLat]) => minLon! <= maxLon! && minLat! <= maxLat!, 'bbox min > max')
    .refine(
      (box) => inWgs84(box[0]!, box[1]!) && inWgs84(box[2]!, box[3]!),
      'bbox outside -180..180, -90..90',
    )
    .optional()
    .meta({ description: 'minLon,minLat,maxLon,maxLat (WGS84)', example: '13.5,57.0,14.5,57.6' }),
  nace: z
    .string()
    .regex(/^\d{2}(\.\d{1,2})?$/, 'nace is a 2-digit division (24) or a code (24.10)')
    .optional()
    .meta({ description: '2-digit NACE division (24) or a code and its sub-codes (24.10)', example: '25' }),
  municipality: MunicipalityCode.optional().meta({ description: 'Only sites in this municipality' }),
  near: numberList()
    .pipe(z.array(z.number()).length(2, 'near is lon,lat'))
    .refine(([lon, lat]) => inWgs84(lon!, lat!), 'near outside -180..180, -90..90')
    .optional()
    .meta({ description: 'lon,lat (WGS84); use with radiusKm', example: '13.73,57.36' }),
  radiusKm: RadiusKm.optional().meta({ description: 'Radius around near, km (default 25)' }),
});

export const CatchmentQuery = z.object({
  lon: Longitude.optional().meta({ description: 'Longitude of the centre (WGS84)', example: 13.73 }),
  lat: Latitude.optional().meta({ description: 'Latitude of the centre (WGS84)', example: 57.36 }),
  radiusKm: RadiusKm.optional().meta({ description: 'Straight-line radius, km (default 30)' }),
  site: z.string().min(1).max(100).optional().meta({ description: 'A firm siteId instead of lon/lat' }),
});
