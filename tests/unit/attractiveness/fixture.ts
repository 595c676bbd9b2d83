import type { IndexInputs, WeightSet } from '../../../data/contract';
import { IndexFramework, WeightSet as WeightSetSchema } from '../../../data/contract';
import { resolveSpec, type IndexSpec } from '../../../data/attractiveness/model';

/** Five municipalities, four indicators in two pillars: small enough to work every step by hand. */
export const CODES = ['0001', '0002', '0003', '0004', '0005'];

const reason = { sv: 'skäl', en: 'reason' };
export const FIXTURE_FRAMEWORK = IndexFramework.parse({
  id: 'fixture',
  title: { sv: 'Testram', en: 'Test framework' },
  pillars: [
    {
      id: 'p1',
      title: { sv: 'Pelare 1', en: 'Pillar 1' },
      indicators: [
        { id: 'x1', direction: 'better', reason },
        { id: 'x2', direction: 'worse', reason },
      ],
    },
    {
      id: 'p2',
      title: { sv: 'Pelare 2', en: 'Pillar 2' },
      indicators: [
        { id: 'x3', direction: 'better', reason },
        { id: 'x4', direction: 'better', reason },
      ],
    },
  ],
});

/** Raw values by municipality (null = missing): x3 is missing for 0003; x4 has one outlier (100). */
export const RAW: Record<string, (number | null)[]> = {
  x1: [10, 20, 30, 40, 50],
  x2: [2, 10, 4, 8, 6],
  x3: [1, 3, null, 7, 9],
  x4: [1, 2, 3, 4, 100],
};

export function inputsFrom(raw: Record<string, (number | null)[]>, codes = CODES): IndexInputs {
  return {
    buildId: 'fixture',
    codes,
    indicators: Object.entries(raw).map(([id, values]) => ({
      id,
      referenceYear: 2022,
      from: 2020,
      to: 2022,
      sources: [{ year: 2022, citation: 'Källa: test', table: id }],
      values: Object.fromEntries(
        values.flatMap((v, i) => (v === null ? [] : [[codes[i]!, [v, 2022] as [number, number]]])),
      ),
    })),
  };
}

export function fixtureSpec(
  patch: Omit<Partial<WeightSet>, 'method'> & { method?: Partial<WeightSet['method']> } = {},
): IndexSpec {
  const weightSet = WeightSetSchema.parse({ framework: 'fixture', ...patch, method: patch.method ?? {} });
  return resolveSpec(FIXTURE_FRAMEWORK, weightSet, () => true);
}
