export interface UrbanAreaInRadius {
  municipalityCode: string;
  population: number;
}

export interface TouchedMunicipality {
  code: string;
  urbanPopulationInRadius: number;
  urbanPopulation: number;
  population: number | null;
}

export interface CatchmentSums {
  sum: number;
  municipalities: TouchedMunicipality[];
  outsideUrbanAreas: { share: number | null; persons: number | null };
}

/**
 * Sums a catchment counted from urban areas (tätorter) and says how much it leaves out: the share of the touched
 * municipalities' population that lives outside any urban area (population total minus all its urban areas'
 * population, floored at 0 because a tätort spanning two municipalities is booked to one of them).
 *
 * @example catchmentSums([{ municipalityCode: 'a', population: 800 }], new Map([['a', 900]]), new Map([['a', 1000]]), ['a'])
 *   // sum 800; a: outside 100 -> share 10
 */
export function catchmentSums(
  inRadius: readonly UrbanAreaInRadius[],
  urbanTotals: ReadonlyMap<string, number>,
  populationTotals: ReadonlyMap<string, number>,
  touchedCodes: readonly string[],
): CatchmentSums {
  const inRadiusByMunicipality = new Map<string, number>();
  for (const area of inRadius) {
    inRadiusByMunicipality.set(
      area.municipalityCode,
      (inRadiusByMunicipality.get(area.municipalityCode) ?? 0) + area.population,
    );
  }
  const municipalities = touchedCodes.map((code) => ({
    code,
    urbanPopulationInRadius: inRadiusByMunicipality.get(code) ?? 0,
    urbanPopulation: urbanTotals.get(code) ?? 0,
    population: populationTotals.get(code) ?? null,
  }));
  const known = municipalities.filter((m) => m.population !== null);
  const population = known.reduce((sum, m) => sum + m.population!, 0);
  const outside = known.reduce((sum, m) => sum + Math.max(0, m.population! - m.urbanPopulation), 0);
  return {
    sum: inRadius.reduce((sum, area) => sum + area.population, 0),
    municipalities,
    outsideUrbanAreas: {
      share: population > 0 ? Math.round((1000 * outside) / population) / 10 : null,
      persons: known.length > 0 ? outside : null,
    },
  };
}
