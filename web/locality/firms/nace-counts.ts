export const NACE_BUCKETS = ['24', '25', 'other'] as const;
export type NaceBucket = (typeof NACE_BUCKETS)[number];

/**
 * Firm sites counted by two-digit NACE division: 24 (basic metals), 25 (fabricated metal products) and the
 * metalworking rows outside them as "other". Every bucket is present, so an empty one reads 0 sites, which here
 * is a true count of the list, not a missing statistic.
 *
 * @example
 * countByNace([{ properties: { naceGroup: '25' } }, { properties: { naceGroup: '28' } }])
 * // { '24': 0, '25': 1, other: 1 }
 */
export function countByNace(
  features: readonly { properties: { naceGroup: string } }[],
): Record<NaceBucket, number> {
  const counts: Record<NaceBucket, number> = { '24': 0, '25': 0, other: 0 };
  for (const feature of features) {
    const group = feature.properties.naceGroup;
    counts[group === '24' || group === '25' ? group : 'other'] += 1;
  }
  return counts;
}
