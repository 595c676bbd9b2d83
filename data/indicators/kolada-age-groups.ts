import type { LocalisedText } from '../contract';

/**
 * Kolada changes a KPI's age group now and then and keeps one title, the new one: "Arbetslöshet 18-65 år" with
 * "Till och med 2022 avsåg nyckeltalet åldersgruppen 18-64 år." in its description (N03920, N03926). Read from the
 * description, so every KPI that says so gets the same treatment.
 */
export interface AgeGroupChange {
  /** The last year of the earlier age group. */
  untilYear: number;
  /** The earlier age group ("18-64") and the one the title names now ("18-65"). */
  earlier: string;
  current: string;
}

const EARLIER_GROUP = /Till och med (\d{4}) avsåg nyckeltalet åldersgruppen (\d+-\d+) år/;
const TITLE_GROUP = /(\d+-\d+) år/;

export function ageGroupChange(titleSv: string, descriptionSv: string): AgeGroupChange | undefined {
  const earlier = EARLIER_GROUP.exec(descriptionSv);
  const current = TITLE_GROUP.exec(titleSv);
  if (!earlier || !current || earlier[2] === current[1]) return undefined;
  return { untilYear: Number(earlier[1]), earlier: earlier[2]!, current: current[1]! };
}

/**
 * The titles for a build whose years all fall within the earlier age group say that group (what the figures
 * cover); a build reaching past it keeps Kolada's title. Either way the caveat says which years cover which ages.
 */
export function titlesForYears(
  title: LocalisedText,
  change: AgeGroupChange,
  latestYear: number | null,
): LocalisedText {
  if (latestYear === null || latestYear > change.untilYear) return title;
  const swap = (text: string) => text.split(change.current).join(change.earlier);
  return { sv: swap(title.sv), en: swap(title.en) };
}

export function ageGroupCaveat(change: AgeGroupChange): LocalisedText {
  return {
    sv: `Till och med ${change.untilYear} avser värdena åldrarna ${change.earlier} år; från ${change.untilYear + 1} ${change.current} år (Koladas nuvarande titel).`,
    en: `Up to and including ${change.untilYear} the figures cover ages ${change.earlier}; from ${change.untilYear + 1} ages ${change.current} (Kolada's current title).`,
  };
}

/** Two caveats in one (an indicator carries one caveat per language). */
export const joinCaveats = (first: LocalisedText | undefined, second: LocalisedText): LocalisedText =>
  first ? { sv: `${first.sv} ${second.sv}`, en: `${first.en} ${second.en}` } : second;
