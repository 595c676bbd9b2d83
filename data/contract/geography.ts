import { z } from 'zod';
import { CountyCode, LabourMarketRegionCode, MunicipalityCode } from './codes';

const Position = z.tuple([z.number(), z.number()]);
const LinearRing = z.array(Position).min(4);
export const PolygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(LinearRing) });
export const MultiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRing)),
});
export const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
export const PointGeometry = z.object({ type: z.literal('Point'), coordinates: Position });
export const LineStringGeometry = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(Position).min(2),
});

/** Fixed attributes of a municipality (no statistics: those travel as values). */
export const MunicipalityProperties = z.object({
  code: MunicipalityCode,
  name: z.string().min(1),
  countyCode: CountyCode,
  countyName: z.string().min(1),
  laCode: LabourMarketRegionCode,
  laName: z.string().min(1),
  la2023Code: z.string().regex(/^LA23\d{2}$/),
  skrGroupCode: z.string().regex(/^[A-C]\d$/),
  skrGroupName: z.string().min(1),
  skrMainGroup: z.string().min(1),
  degurba: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** [lon, lat] of a point inside the municipality, for labels, flows and approximate firm positions. */
  interiorPoint: Position,
});
export type MunicipalityProperties = z.infer<typeof MunicipalityProperties>;

export const MunicipalityFeature = z.object({
  type: z.literal('Feature'),
  id: MunicipalityCode,
  properties: MunicipalityProperties,
  geometry: AreaGeometry,
});
export const MunicipalityCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(MunicipalityFeature).length(290),
});
export type MunicipalityCollection = z.infer<typeof MunicipalityCollection>;
export type MunicipalityFeature = z.infer<typeof MunicipalityFeature>;

export const CountyFeature = z.object({
  type: z.literal('Feature'),
  id: CountyCode,
  properties: z.object({ code: CountyCode, name: z.string().min(1) }),
  geometry: AreaGeometry,
});
export const CountyCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(CountyFeature).length(21),
});
export type CountyCollection = z.infer<typeof CountyCollection>;

export const LabourMarketRegionFeature = z.object({
  type: z.literal('Feature'),
  id: LabourMarketRegionCode,
  properties: z.object({ code: LabourMarketRegionCode, name: z.string().min(1) }),
  geometry: AreaGeometry,
});
export const LabourMarketRegionCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(LabourMarketRegionFeature).length(67),
});
export type LabourMarketRegionCollection = z.infer<typeof LabourMarketRegionCollection>;

/**
 * Countries around Sweden drawn as land under the municipalities (Natural Earth 1:50m via world-atlas), cut by the
 * ingest to the area the map can show and simplified to the scale it draws them at: context, not data.
 */
export const NeighbourCountryFeature = z.object({
  type: z.literal('Feature'),
  /** ISO 3166-1 numeric code, as Natural Earth gives it. */
  id: z.string().regex(/^\d{3}$/),
  properties: z.object({ code: z.string().regex(/^\d{3}$/), name: z.string().min(1) }),
  geometry: AreaGeometry,
});
export const NeighbourCountryCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(NeighbourCountryFeature).min(1),
});
export type NeighbourCountryCollection = z.infer<typeof NeighbourCountryCollection>;

/** SCB tätort (urban area) 2020 as a point with its population on 31 Dec 2020. */
export const UrbanAreaFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: z.object({
    code: z.string().min(1),
    name: z.string().min(1),
    municipalityCode: MunicipalityCode,
    population: z.number().int().nonnegative(),
    year: z.number().int(),
  }),
  geometry: PointGeometry,
});
export const UrbanAreaCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(UrbanAreaFeature),
});
export type UrbanAreaFeature = z.infer<typeof UrbanAreaFeature>;
export type UrbanAreaCollection = z.infer<typeof UrbanAreaCollection>;
