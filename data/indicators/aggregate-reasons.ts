import { unavailable } from './types';

/** Why a county or national figure cannot be computed from municipal values (shown to users as is). */
export const NO_AGGREGATE = {
  median: unavailable({
    en: 'a median cannot be computed from municipal medians',
    sv: 'en median kan inte beräknas ur kommunernas medianer',
  }),
  subpopulation: unavailable({
    en: 'the population this share or rate is taken of is not in the snapshot, so no exact weighted mean exists',
    sv: 'befolkningen som andelen eller talet avser finns inte i datakopian, så det finns inget exakt vägt medelvärde',
  }),
  commutingShare: unavailable({
    en: 'commuting between municipalities of the same county is not commuting for the county: not a mean of municipal shares',
    sv: 'pendling mellan kommuner i samma län är inte pendling för länet: inget medelvärde av kommunernas andelar',
  }),
  commutingCount: unavailable({
    en: "commuting between municipalities of the same county cancels out: a county's count is not the sum of its municipalities'",
    sv: 'pendling mellan kommuner i samma län tar ut varandra: länets antal är inte summan av kommunernas',
  }),
  survey: unavailable({
    en: 'a survey estimate for the municipalities that took part: not computable from their results',
    sv: 'en urvalsskattning för de kommuner som deltog: kan inte beräknas ur deras resultat',
  }),
  salesBase: unavailable({
    en: 'the number and floor area of the sales behind each price are not in the snapshot',
    sv: 'antalet försäljningar och ytan bakom varje pris finns inte i datakopian',
  }),
  category: unavailable({
    en: "a municipality's own assessment (a category) has no county or national total",
    sv: 'kommunens egen bedömning (en kategori) har ingen läns- eller rikssumma',
  }),
  crimeLocation: unavailable({
    en: 'municipal figures leave out crimes with no known location, so a mean of municipal rates comes out lower than the published national rate and is not comparable with it; Kolada publishes no county figure',
    sv: 'kommunsiffrorna saknar brott utan känd brottsplats, så ett medelvärde av kommunernas tal blir lägre än det publicerade riksvärdet och är inte jämförbart med det; Kolada publicerar inget länsvärde',
  }),
  taxBase: unavailable({
    en: 'the average tax rate is weighted by the tax base, which is not in the snapshot',
    sv: 'medelskattesatsen vägs med skatteunderlaget, som inte finns i datakopian',
  }),
  changeRate: unavailable({
    en: 'a change rate needs the earlier population of each area; the publisher states it',
    sv: 'en förändringstakt kräver varje områdes tidigare folkmängd; utgivaren anger den',
  }),
  lifeTable: unavailable({
    en: 'life expectancy comes from life tables, not from municipal values',
    sv: 'medellivslängd kommer ur livslängdstabeller, inte ur kommunernas värden',
  }),
  pupilBase: unavailable({
    en: 'the pupil counts behind this share are not in the snapshot',
    sv: 'elevantalen bakom andelen finns inte i datakopian',
  }),
} as const;
