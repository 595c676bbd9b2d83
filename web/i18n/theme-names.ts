/** The six indicator themes' names (and `other` for the rest of Kolada), shared by every dictionary so the map, locality and workshop views agree. */
export const THEME_NAMES_SV = {
  theme_commuting: 'Pendling',
  theme_labour: 'Arbetsmarknad',
  theme_skills: 'Kompetens',
  theme_housing: 'Bostäder',
  theme_population: 'Befolkning',
  theme_quality_of_life: 'Livskvalitet',
  theme_other: 'Övrigt i Kolada',
} as const;

export const THEME_NAMES_EN: Record<keyof typeof THEME_NAMES_SV, string> = {
  theme_commuting: 'Commuting',
  theme_labour: 'Labour market',
  theme_skills: 'Skills',
  theme_housing: 'Housing',
  theme_population: 'Population',
  theme_quality_of_life: 'Quality of life',
  theme_other: 'Other Kolada measures',
};
