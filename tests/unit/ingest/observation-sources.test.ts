import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RawFiles } from '../../../scripts/ingest/raw-files';
import { OBSERVATION_SOURCES } from '../../../scripts/ingest/sources/observation-sources';
import { loadReference } from '../../../scripts/ingest/sources/reference';
import { RAW_DIR } from '../../support/paths';

describe('every offline observation source keeps the one source interface', () => {
  const files = new RawFiles(RAW_DIR);
  const reference = loadReference(files);

  it('names its inputs, which exist in the snapshot', () => {
    for (const source of OBSERVATION_SOURCES) {
      expect(source.inputs.length).toBeGreaterThan(0);
      for (const input of source.inputs) expect(existsSync(path.join(RAW_DIR, input)), input).toBe(true);
    }
  });

  it('parses its files into observations of real municipalities, named in the summary', () => {
    const names: string[] = [];
    for (const source of OBSERVATION_SOURCES) {
      const result = source.load({ files, reference, progress: () => undefined });
      names.push(source.name(result));
      expect(result.observations.length, source.name(result)).toBeGreaterThan(1000);
      for (const observation of result.observations.slice(0, 500)) {
        expect(
          observation.area === 'SE' ||
            reference.counties.has(observation.area) ||
            reference.municipalities.has(observation.area),
        ).toBe(true);
        expect(Number.isFinite(observation.value)).toBe(true);
      }
    }
    expect(names).toEqual([
      'SCB housing, population, income, unemployment',
      'SCB age and education shares',
      'Boverket housing market balance',
      'Kolada (72 KPIs)',
    ]);
  });
});
