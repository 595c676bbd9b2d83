import { z } from 'zod';
import { decodeText } from '../../../data/csv/decode-text';
import { IngestError } from '../errors';
import type { RawFiles } from '../raw-files';

const Feature = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.object({ type: z.string(), coordinates: z.unknown() }).nullable(),
});
const FeatureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(Feature) });
export type RawFeature = z.infer<typeof Feature>;

/** Parses a GeoJSON FeatureCollection; a syntax error (e.g. a truncated file) names its line and column. */
export function readFeatureCollection(files: RawFiles, file: string): RawFeature[] {
  const { text } = decodeText(files.read(file));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const { line, column } = lineAndColumn(text, offset);
    const truncated = offset >= text.trimEnd().length ? ' (the file ends early: truncated?)' : '';
    throw new IngestError({ file, line, column }, `invalid JSON: ${message}${truncated}`);
  }
  const parsed = FeatureCollection.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IngestError(
      { file },
      `not a GeoJSON FeatureCollection: ${issue?.path.join('.')} ${issue?.message}`,
    );
  }
  files.recordRows(file, parsed.data.features.length);
  return parsed.data.features;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
