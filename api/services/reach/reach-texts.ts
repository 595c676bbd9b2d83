import type { LocalisedText } from '../../../data/contract';
import type { ReachTarget } from '../../../data/contract/reach';
import { GRID_KM, REACH_YEAR } from './reach-points';

export const TARGET_LABELS: Record<ReachTarget, LocalisedText> = {
  age_20_64: { sv: 'invånare 20-64 år', en: 'residents aged 20-64' },
  employed: { sv: 'förvärvsarbetande invånare', en: 'employed residents' },
};

const TARGET_SHARE_SOURCE: Record<ReachTarget, LocalisedText> = {
  age_20_64: {
    sv: 'kommunens andel invånare 20-64 år (Kolada N01961)',
    en: "the municipality's share of residents aged 20-64 (Kolada N01961)",
  },
  employed: {
    sv: 'kommunens förvärvsarbetande efter bostad (Kolada N02202) delat med dess folkmängd (SCB)',
    en: "the municipality's employed by residence (Kolada N02202) divided by its population (SCB)",
  },
};

export function reachMethod(target: ReachTarget): LocalisedText {
  const share = TARGET_SHARE_SOURCE[target];
  return {
    sv:
      `Uppskattning, inte statistik. Radien växer från platsen (fågelvägen) tills antalet nås. Tätorter (SCB, ` +
      `folkmängd 31 dec ${REACH_YEAR}) räknas som tätortens folkmängd gånger ${share.sv}, år ${REACH_YEAR}. ` +
      `Resten av varje kommuns folkmängd (folkmängd minus dess tätorter) sprids jämnt över kommunens yta i ` +
      `rutor om ${GRID_KM} x ${GRID_KM} km och räknas med samma andel. Fågelvägen, inte restid.`,
    en:
      `An estimate, not a statistic. The radius grows from the site (straight line) until the number is reached. ` +
      `Urban areas (SCB, population 31 Dec ${REACH_YEAR}) count as their population times ${share.en}, ` +
      `${REACH_YEAR}. The rest of each municipality's population (population minus its urban areas) is spread ` +
      `evenly over its area in ${GRID_KM} x ${GRID_KM} km cells and counted with the same share. Straight-line ` +
      `distance, not travel time.`,
  };
}

export const FLOORED_TEXT: LocalisedText = {
  sv: 'Tätorter bokförda på kommunen är större än dess folkmängd (de sträcker sig över grannkommuner): resten blev negativ och sattes till 0.',
  en: 'Urban areas booked to this municipality exceed its population (they span neighbouring municipalities): the remainder came out negative and was set to 0.',
};

export const NO_OWN_URBAN_AREA_TEXT: LocalisedText = {
  sv: 'Kommunen har ingen egen tätort: dess invånare räknas i en grannkommuns tätort, så ingen rest sprids över den.',
  en: "The municipality has no urban area of its own: its residents are counted in a neighbour's urban area, so no remainder is spread over it.",
};

export const COMMUTING_NOTE: LocalisedText = {
  sv: 'Summan av kommunernas nettopendling (inpendlare minus utpendlare, härlett ur Kolada): pendling mellan dem tar ut varandra. Hela kommuner, inte bara delen inom radien.',
  en: "Sum of the municipalities' net commuting (in-commuters minus out-commuters, derived from Kolada): commuting between them cancels out. Whole municipalities, not only the part inside the radius.",
};

export function notReachedMessage(
  target: ReachTarget,
  n: number,
  capKm: number,
  withinCap: number,
): LocalisedText {
  const label = TARGET_LABELS[target];
  const sv = new Intl.NumberFormat('sv-SE').format;
  const en = new Intl.NumberFormat('en-GB').format;
  return {
    sv: `${sv(n)} ${label.sv} nås inte inom ${capKm} km: uppskattningsvis ${sv(withinCap)} bor inom ${capKm} km.`,
    en: `${en(n)} ${label.en} are not reached within ${capKm} km: an estimated ${en(withinCap)} live within ${capKm} km.`,
  };
}
