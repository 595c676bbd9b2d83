import { z } from 'zod';

/** SCB municipality code: four digits, kept as a string so the leading zero survives ("0114"). */
export const MunicipalityCode = z.string().regex(/^\d{4}$/, 'a municipality code is four digits, e.g. 0617');
export type MunicipalityCode = z.infer<typeof MunicipalityCode>;

/** SCB county (län) code: two digits ("06"). */
export const CountyCode = z.string().regex(/^\d{2}$/, 'a county code is two digits, e.g. 06');
export type CountyCode = z.infer<typeof CountyCode>;

/** SCB local labour market region 2022 ("LA2201"). */
export const LabourMarketRegionCode = z.string().regex(/^LA22\d{2}$/);
export type LabourMarketRegionCode = z.infer<typeof LabourMarketRegionCode>;

export const Year = z.number().int().min(1990).max(2100);

export const Theme = z.enum(['commuting', 'labour', 'skills', 'housing', 'population', 'quality_of_life']);
export type Theme = z.infer<typeof Theme>;
export const THEMES = Theme.options;

/** A catalogue theme: the six atlas themes, or `other` for Kolada areas outside them (data/indicators/kolada-themes.ts). */
export const CatalogueTheme = z.enum([...THEMES, 'other']);
export type CatalogueTheme = z.infer<typeof CatalogueTheme>;

/** Indicator id: stable slug, the same whichever source fills it. */
export const IndicatorId = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, 'an indicator id is a lowercase slug');
export type IndicatorId = z.infer<typeof IndicatorId>;

export const Sex = z.enum(['total', 'women', 'men']);
export type Sex = z.infer<typeof Sex>;
