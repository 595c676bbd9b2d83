import type { LocalisedText } from '../contract';

export const CAVEATS = {
  citizenSurvey: {
    en: "From SCB's citizen survey: only the municipalities that took part have a value (161 in 2021, 137 in 2022); a sample estimate.",
    sv: 'Från SCB:s medborgarundersökning: bara deltagande kommuner har ett värde (161 år 2021, 137 år 2022); ett urvalsresultat.',
  },
  openUnemployment: {
    en: 'Open unemployment registered at Arbetsförmedlingen as a share of the population 18-65; not the labour force survey rate, and about half the total unemployment that includes programmes.',
    sv: 'Öppet arbetslösa inskrivna hos Arbetsförmedlingen som andel av befolkningen 18-65 år; inte AKU:s arbetslöshet, och ungefär hälften av arbetslösheten inklusive program.',
  },
  totalUnemployment: {
    en: 'Openly unemployed plus people in programmes with activity support (Arbetsförmedlingen), as a share of the population of the ages in the title: about twice the open unemployment rate.',
    sv: 'Öppet arbetslösa och personer i program med aktivitetsstöd (Arbetsförmedlingen) som andel av befolkningen i titelns åldrar: ungefär dubbelt så hög som den öppna arbetslösheten.',
  },
  smallSales: {
    en: 'In small municipalities the figure rests on few sales and can jump from year to year.',
    sv: 'I små kommuner bygger värdet på få försäljningar och kan variera kraftigt mellan åren.',
  },
  householdIncome: {
    en: 'Median disposable income per household (all households, main person 18+), not per person.',
    sv: 'Median av disponibel inkomst per hushåll (samtliga hushåll, 18+), inte per person.',
  },
  fourYearlyShares: {
    en: 'Four-yearly (2001-2021); shares computed by the snapshot author from SCB counts (BE0101 population by age, UF0506 educational attainment), of people aged 16-74 with known education.',
    sv: 'Vart fjärde år (2001-2021); andelar beräknade av datakopians författare från SCB:s antal (BE0101, UF0506), av personer 16-74 år med känd utbildning.',
  },
  fourYearlyAge: {
    en: 'Four-yearly (2001-2021); share computed by the snapshot author from SCB population counts by age (BE0101).',
    sv: 'Vart fjärde år (2001-2021); andelen är beräknad av datakopians författare från SCB:s befolkning efter ålder (BE0101).',
  },
  ageShares: {
    en: 'Yearly values come from Kolada; where only the four-yearly file has a year, the share was computed by the snapshot author from SCB counts (BE0101).',
    sv: 'Årsvärden från Kolada; år som bara finns i den fyraåriga filen är beräknade av datakopians författare från SCB:s antal (BE0101).',
  },
  selfAssessment: {
    en: "The municipality's own assessment in Boverket's housing market survey, not a measured balance; non-respondents are missing.",
    sv: 'Kommunens egen bedömning i Boverkets bostadsmarknadsenkät, inte en mätning; kommuner som inte svarat saknas.',
  },
  derivedCommuting: {
    en: "Derived from Kolada N02201, N02202 and N02274, not published as counts; in Norrbotten it differs from SCB's origin-destination flows by at most 6 persons, because SCB perturbs small flow cells.",
    sv: 'Härlett ur Koladas N02201, N02202 och N02274, inte publicerat som antal; i Norrbotten avviker det högst 6 personer från SCB:s pendlingsmatris, där SCB slumpavrundar små tal.',
  },
  planningReserve: {
    en: "From SKR's survey of municipalities: not every municipality answered every year.",
    sv: 'Från SKR:s enkät till kommunerna: alla kommuner har inte svarat varje år.',
  },
  shareAbove100: {
    en: 'Kolada publishes values above 100 % for a few municipalities and years (Torsås 2013 and 2014); they are shown as published.',
    sv: 'Kolada publicerar värden över 100 % för ett fåtal kommuner och år (Torsås 2013 och 2014); de visas som de är publicerade.',
  },
  gotlandTax: {
    en: "A rate, not a ranking of better or worse. Gotland is a municipality that also carries a region's tasks: its rate includes the regional tax, so it is not comparable with other municipalities' rates.",
    sv: 'En skattesats, ingen rangordning av bättre eller sämre. Gotland är en kommun som också har regionens uppgifter: dess skattesats innefattar regionskatten och är inte jämförbar med andra kommuners.',
  },
  projection: {
    en: 'A projection from past births, deaths and migration, not a forecast of policy outcomes.',
    sv: 'En framskrivning utifrån tidigare födda, döda och flyttningar, inte en prognos.',
  },
} as const satisfies Record<string, LocalisedText>;
