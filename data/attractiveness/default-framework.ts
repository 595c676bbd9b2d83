import { IndexFramework } from '../contract/attractiveness';

/**
 * The default framework: six pillars of catalogue indicators, each covering at least 250 municipalities in its
 * window. Directions are this index's own (most catalogue indicators are neutral) and every one says why; a group
 * can flip any of them. Indicators outside the atlas set (the rest of Kolada, whose own titles are Swedish only)
 * carry a title in both languages here.
 */
export const DEFAULT_FRAMEWORK: IndexFramework = IndexFramework.parse({
  id: 'default',
  title: { sv: 'Attraktivitetsindex (standard)', en: 'Attractiveness index (default)' },
  pillars: [
    {
      id: 'work',
      title: { sv: 'Arbete', en: 'Work' },
      indicators: [
        {
          id: 'employment_rate_20_64',
          direction: 'better',
          reason: {
            sv: 'Högre sysselsättning: en fungerande arbetsmarknad även för en partner.',
            en: 'Higher employment: a working labour market, also for a partner.',
          },
        },
        {
          id: 'open_unemployment_18_65',
          direction: 'worse',
          reason: {
            sv: 'Lägre arbetslöshet: lättare för en inflyttad partner att få jobb.',
            en: 'Lower unemployment: easier for a newcomer’s partner to find a job.',
          },
        },
        {
          id: 'median_earned_income_20_64',
          direction: 'better',
          reason: {
            sv: 'Högre förvärvsinkomst: arbeten som betalar bättre.',
            en: 'Higher earned income: jobs that pay better.',
          },
        },
        {
          id: 'new_firms_per_1000_16_64',
          direction: 'better',
          reason: {
            sv: 'Fler nystartade företag: ett livligare näringsliv.',
            en: 'More new firms: a livelier local economy.',
          },
        },
      ],
    },
    {
      id: 'skills',
      title: { sv: 'Kompetens', en: 'Skills' },
      indicators: [
        {
          id: 'post_secondary_25_64',
          direction: 'better',
          reason: {
            sv: 'Fler med eftergymnasial utbildning: större lokal kompetens.',
            en: 'More residents with post-secondary education: a larger local skills base.',
          },
        },
        {
          id: 'grade9_vocational_eligibility',
          direction: 'better',
          reason: {
            sv: 'Fler behöriga till yrkesprogram: fler som kan gå vidare till industrijobb.',
            en: 'More pupils eligible for vocational programmes: more who can go on to industrial work.',
          },
        },
        {
          id: 'upper_secondary_completion_4y',
          direction: 'better',
          reason: {
            sv: 'Fler som tar gymnasieexamen inom fyra år: skolor som fungerar.',
            en: 'More pupils graduating within four years: schools that work.',
          },
        },
        {
          id: 'youth_not_in_work_or_study_16_24',
          direction: 'worse',
          reason: {
            sv: 'Färre unga utan arbete eller studier: färre som hamnar utanför.',
            en: 'Fewer young people outside work and study: fewer left behind.',
          },
        },
      ],
    },
    {
      id: 'housing',
      title: { sv: 'Boende', en: 'Housing' },
      indicators: [
        {
          id: 'rental_dwellings_per_1000',
          direction: 'better',
          reason: {
            sv: 'Fler hyresrätter per 1 000 invånare: lättare för en rekryt att hitta en bostad.',
            en: 'More rental dwellings per 1,000: easier for a recruit to find a home.',
          },
        },
        {
          id: 'smahus_price_per_m2',
          direction: 'worse',
          reason: {
            sv: 'Lägre småhuspris per m²: ett eget hus inom räckhåll för en rekryt.',
            en: 'Lower house price per m²: a house within a recruit’s means.',
          },
        },
        {
          id: 'completed_dwellings_per_1000',
          direction: 'better',
          reason: {
            sv: 'Fler nybyggda bostäder per 1 000 invånare: bostäder tillkommer.',
            en: 'More new dwellings per 1,000 inhabitants: homes are being added.',
          },
        },
      ],
    },
    {
      id: 'reach',
      title: { sv: 'Räckvidd', en: 'Reach' },
      indicators: [
        {
          id: 'commuting_out_share',
          direction: 'better',
          reason: {
            sv: 'Större andel som pendlar ut: arbeten i grannkommunerna är inom räckhåll.',
            en: 'A larger share commuting out: jobs in neighbouring municipalities are within reach.',
          },
        },
        {
          id: 'population_near_transit_share',
          direction: 'better',
          reason: {
            sv: 'Fler nära en trafikerad hållplats: vardagsresor utan bil.',
            en: 'More people near a served stop: everyday trips without a car.',
          },
        },
        {
          id: 'broadband_1gbit_share',
          direction: 'better',
          reason: {
            sv: 'Fler hushåll med snabbt bredband: distansarbete och tjänster på nätet.',
            en: 'More households with fast broadband: remote work and online services.',
          },
        },
      ],
    },
    {
      id: 'services',
      title: { sv: 'Vardagsservice', en: 'Everyday services' },
      indicators: [
        {
          id: 'kolada_n07530',
          title: {
            sv: 'Invånare med dagligvarubutik inom 2 km, andel',
            en: 'Residents with a grocery store within 2 km, share',
          },
          direction: 'better',
          reason: {
            sv: 'Fler med en dagligvarubutik inom 2 km: vardagen går ihop utan bil.',
            en: 'More residents with a grocery store within 2 km: everyday life works without a car.',
          },
        },
        {
          id: 'kolada_n07531',
          title: {
            sv: 'Barn 0–16 år med grundskola inom 2 km, andel',
            en: 'Children aged 0–16 with a compulsory school within 2 km, share',
          },
          direction: 'better',
          reason: {
            sv: 'Fler barn med skola inom 2 km: enklare för en familj som flyttar hit.',
            en: 'More children with a school within 2 km: easier for a family moving here.',
          },
        },
        {
          id: 'kolada_n11800',
          title: {
            sv: 'Barn 1–5 år inskrivna i förskola, andel',
            en: 'Children aged 1–5 enrolled in preschool, share',
          },
          direction: 'better',
          reason: {
            sv: 'Fler barn i förskola: barnomsorg som gör att båda föräldrarna kan arbeta.',
            en: 'More children in preschool: childcare that lets both parents work.',
          },
        },
      ],
    },
    {
      id: 'outlook',
      title: { sv: 'Befolkningsutsikter', en: 'Population outlook' },
      indicators: [
        {
          id: 'population_change_5y',
          direction: 'better',
          reason: {
            sv: 'Växande befolkning: underlag för service och skolor.',
            en: 'A growing population: a base for services and schools.',
          },
        },
        {
          id: 'working_age_projection_change_10y',
          direction: 'better',
          reason: {
            sv: 'Fler i arbetsför ålder om tio år enligt prognosen: framtida arbetskraft.',
            en: 'More people of working age in ten years, as projected: a future workforce.',
          },
        },
        {
          id: 'net_domestic_migration_share',
          direction: 'better',
          reason: {
            sv: 'Fler flyttar in än ut inom Sverige: människor väljer platsen.',
            en: 'More people move in than out within Sweden: people choose the place.',
          },
        },
        {
          id: 'demographic_dependency_ratio',
          direction: 'worse',
          reason: {
            sv: 'Lägre försörjningskvot: fler i arbetsför ålder per barn och äldre.',
            en: 'A lower dependency ratio: more people of working age per child and older person.',
          },
        },
      ],
    },
  ],
});

export const FRAMEWORKS: ReadonlyMap<string, IndexFramework> = new Map([
  [DEFAULT_FRAMEWORK.id, DEFAULT_FRAMEWORK],
]);
