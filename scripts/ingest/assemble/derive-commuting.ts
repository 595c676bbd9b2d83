/** Municipal values of one indicator in one year. */
export type YearValues = Record<string, number>;

/**
 * Commuting counts from Kolada's employed-by-workplace (N02201), employed-by-residence (N02202) and
 * live-and-work share (N02274), for every municipality that has all three:
 * live_and_work = N02202 * N02274 / 100; commuters_in = N02201 - live_and_work;
 * commuters_out = N02202 - live_and_work; net_commuting = commuters_in - commuters_out.
 * Kolada computed N02274 from whole persons and publishes it with six decimals, so rounding live_and_work to a
 * whole number recovers the count exactly (the error is below 0.01 persons even for Stockholm).
 *
 * @example deriveCommuting({ '0617': 6000 }, { '0617': 5000 }, { '0617': 80 }).commuters_in['0617'] // 2000
 */
export function deriveCommuting(
  byWorkplace: YearValues,
  byResidence: YearValues,
  liveAndWorkShare: YearValues,
): Record<'live_and_work' | 'commuters_in' | 'commuters_out' | 'net_commuting', YearValues> {
  const result = { live_and_work: {}, commuters_in: {}, commuters_out: {}, net_commuting: {} } as Record<
    'live_and_work' | 'commuters_in' | 'commuters_out' | 'net_commuting',
    YearValues
  >;
  for (const [code, jobs] of Object.entries(byWorkplace)) {
    const employed = byResidence[code];
    const share = liveAndWorkShare[code];
    if (employed === undefined || share === undefined) continue;
    const liveAndWork = Math.round((employed * share) / 100);
    const commutersIn = jobs - liveAndWork;
    const commutersOut = employed - liveAndWork;
    result.live_and_work[code] = liveAndWork;
    result.commuters_in[code] = commutersIn;
    result.commuters_out[code] = commutersOut;
    result.net_commuting[code] = commutersIn - commutersOut;
  }
  return result;
}
