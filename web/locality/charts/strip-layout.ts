/** Where each municipality sits on one indicator's strip: x positions in pixels over the values' own range. */
export interface StripLayout {
  ticks: number[];
  subject: number | null;
  county: number | null;
  nation: number | null;
  peers: number[];
  median: number | null;
}

export interface StripInput {
  values: readonly number[];
  subject: number | null;
  county: number | null;
  nation: number | null;
  peers: readonly number[];
  median: number | null;
}

/**
 * Linear positions between `pad` and `width - pad`; marks outside the municipal range (a county or national figure
 * can be) are clamped to the ends, so they stay visible. A single distinct value sits in the middle.
 *
 * @example layoutStrip({ values: [0, 5, 10], subject: 5, county: null, nation: 20, peers: [], median: 5 }, 110, 5)
 * // { ticks: [5, 55, 105], subject: 55, county: null, nation: 105, peers: [], median: 55 }
 */
export function layoutStrip(input: StripInput, width: number, pad: number): StripLayout {
  const min = Math.min(...input.values);
  const max = Math.max(...input.values);
  const span = max - min;
  const x = (value: number | null) => {
    if (value === null || input.values.length === 0) return null;
    if (span === 0) return width / 2;
    const clamped = Math.min(max, Math.max(min, value));
    return Math.round((pad + ((clamped - min) / span) * (width - 2 * pad)) * 10) / 10;
  };
  return {
    ticks: input.values.map((value) => x(value)!),
    subject: x(input.subject),
    county: x(input.county),
    nation: x(input.nation),
    peers: input.peers.map((value) => x(value)!),
    median: x(input.median),
  };
}
