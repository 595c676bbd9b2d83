/** An urban area (tätort) inside a catchment, as the API lists it. */
export interface CatchmentPlace {
  name: string;
  municipalityCode: string;
  population: number;
  distanceKm: number;
}

export interface MunicipalityReach {
  code: string;
  /** People in this municipality's urban areas within the radius. */
  urbanPopulation: number;
  places: number;
}

/**
 * Sums the urban-area population of a catchment per municipality (a tätort counts under the one municipality
 * SCB assigns it to), largest first, ties by code so the order is stable.
 *
 * @example
 * reachByMunicipality([{ name: 'Gnosjö', municipalityCode: '0617', population: 4500, distanceKm: 1 }])
 * // [{ code: '0617', urbanPopulation: 4500, places: 1 }]
 */
export function reachByMunicipality(places: readonly CatchmentPlace[]): MunicipalityReach[] {
  const byCode = new Map<string, MunicipalityReach>();
  for (const place of places) {
    const reach = byCode.get(place.municipalityCode) ?? {
      code: place.municipalityCode,
      urbanPopulation: 0,
      places: 0,
    };
    reach.urbanPopulation += place.population;
    reach.places += 1;
    byCode.set(place.municipalityCode, reach);
  }
  return [...byCode.values()].sort(
    (a, b) => b.urbanPopulation - a.urbanPopulation || a.code.localeCompare(b.code),
  );
}

/** Total urban-area population of a catchment. */
export function totalUrbanPopulation(places: readonly CatchmentPlace[]): number {
  return places.reduce((sum, place) => sum + place.population, 0);
}

/**
 * Cumulative urban-area population by distance band, for "how many people within 10, 20, ... km".
 * Bands are upper bounds in km, inclusive.
 *
 * @example
 * populationWithinBands([{ name: 'a', municipalityCode: '0617', population: 10, distanceKm: 4 }], [5, 10])
 * // [{ radiusKm: 5, population: 10 }, { radiusKm: 10, population: 10 }]
 */
export function populationWithinBands(
  places: readonly CatchmentPlace[],
  bandsKm: readonly number[],
): { radiusKm: number; population: number }[] {
  return [...bandsKm]
    .sort((a, b) => a - b)
    .map((radiusKm) => ({
      radiusKm,
      population: totalUrbanPopulation(places.filter((place) => place.distanceKm <= radiusKm)),
    }));
}

/** Places sorted nearest first (then by name), for the listing. */
export function placesByDistance<T extends CatchmentPlace>(places: readonly T[]): T[] {
  return [...places].sort((a, b) => a.distanceKm - b.distanceKm || a.name.localeCompare(b.name, 'sv'));
}
