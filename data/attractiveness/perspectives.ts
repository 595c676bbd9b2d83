import { Perspective } from '../contract/attractiveness';

const STARTING_POINT = {
  sv: 'En utgångspunkt för gruppen att ändra, inte någons verkliga syn.',
  en: 'A starting point for the group to change, not anyone’s real view.',
};

/**
 * Starting weightings for the four kinds of organisation in a workshop, by pillar of the default framework.
 * They are labelled as starting points everywhere they are shown: nobody has said these are their weights.
 */
export const PERSPECTIVES: readonly Perspective[] = [
  {
    id: 'firm',
    title: { sv: 'Företag', en: 'Firm' },
    note: STARTING_POINT,
    weights: { work: 1, skills: 3, housing: 2, reach: 2, services: 1, outlook: 1 },
  },
  {
    id: 'municipality',
    title: { sv: 'Kommun', en: 'Municipality' },
    note: STARTING_POINT,
    weights: { work: 2, skills: 1, housing: 2, reach: 1, services: 2, outlook: 2 },
  },
  {
    id: 'region',
    title: { sv: 'Region', en: 'Region' },
    note: STARTING_POINT,
    weights: { work: 2, skills: 2, housing: 1, reach: 3, services: 1, outlook: 1 },
  },
  {
    id: 'school',
    title: { sv: 'Skola', en: 'School' },
    note: STARTING_POINT,
    weights: { work: 1, skills: 3, housing: 1, reach: 1, services: 2, outlook: 2 },
  },
].map((p) => Perspective.parse(p));

export function perspectiveById(id: string): Perspective | undefined {
  return PERSPECTIVES.find((p) => p.id === id);
}
