import type { AtlasBuild, BuildFiles } from './atlas-build';
import type { PrecompressedBody } from './precompress';

type FileKey = keyof BuildFiles;
type GeometryName = keyof AtlasBuild['geometry'];
/** A precompressed body as it crosses threads: its bytes are transferred, and its brotli is already final. */
type SentBody = Omit<PrecompressedBody, 'settled'>;

/**
 * One piece of a validated build on its way from the loading thread to the serving one. Each file's large array
 * (the series, the Kolada entries, a collection's features) travels in slices after the file's shell, so that no
 * single message costs the receiving thread more than a few milliseconds to deserialise.
 */
export type BuildPart =
  | { kind: 'file'; key: FileKey; shell: BuildFiles[FileKey] }
  | { kind: 'items'; key: FileKey; items: unknown[] }
  | { kind: 'geometry'; name: GeometryName; body: SentBody };

/** Every file of a build: a new file in BuildFiles fails to compile here until it is listed. */
const FILE_KEYS = Object.keys({
  manifest: true,
  municipalities: true,
  counties: true,
  labourMarketRegions: true,
  urbanAreas: true,
  indicators: true,
  observations: true,
  commuting: true,
  firms: true,
  neighbours: true,
  koladaCatalogue: true,
} satisfies Record<FileKey, true>) as FileKey[];

/** A few hundred kilobytes of any of the arrays: a few milliseconds of structured-clone work. */
const ITEMS_PER_PART = 25;

/** The array a file is mostly made of, and the file with that array emptied. */
function largeArrayOf(value: BuildFiles[FileKey]): { items: readonly unknown[]; shell: BuildFiles[FileKey] } {
  if (Array.isArray(value)) return { items: value, shell: [] as unknown as BuildFiles[FileKey] };
  for (const field of ['features', 'entries'] as const) {
    const items: unknown = (value as Record<string, unknown>)[field];
    if (Array.isArray(items)) return { items, shell: { ...value, [field]: [] } };
  }
  return { items: [], shell: value };
}

function arrayIn(shell: BuildFiles[FileKey]): unknown[] {
  if (Array.isArray(shell)) return shell as unknown[];
  for (const field of ['features', 'entries'] as const) {
    const items: unknown = (shell as Record<string, unknown>)[field];
    if (Array.isArray(items)) return items as unknown[];
  }
  throw new Error('a build file without an array received items');
}

/** The parts of a build, in the order BuildAssembler takes them, with the buffers each may transfer. */
export function splitBuild(
  files: BuildFiles,
  geometry: AtlasBuild['geometry'],
): { part: BuildPart; transfer: ArrayBuffer[] }[] {
  const parts: { part: BuildPart; transfer: ArrayBuffer[] }[] = [];
  for (const key of FILE_KEYS) {
    const { items, shell } = largeArrayOf(files[key]);
    parts.push({ part: { kind: 'file', key, shell }, transfer: [] });
    for (let start = 0; start < items.length; start += ITEMS_PER_PART)
      parts.push({
        part: { kind: 'items', key, items: items.slice(start, start + ITEMS_PER_PART) },
        transfer: [],
      });
  }
  for (const name of Object.keys(geometry) as GeometryName[]) {
    const { identity, gzip, brotli, etag } = geometry[name];
    parts.push({
      part: { kind: 'geometry', name, body: { identity, gzip, brotli, etag } },
      transfer: [identity.buffer, gzip.buffer, brotli.buffer],
    });
  }
  return parts;
}

/** Puts the parts back together in the order splitBuild made them. */
export class BuildAssembler {
  readonly #files: Partial<Record<FileKey, BuildFiles[FileKey]>> = {};
  readonly #geometry: Partial<Record<GeometryName, PrecompressedBody>> = {};

  add(part: BuildPart): void {
    if (part.kind === 'file') this.#files[part.key] = part.shell;
    else if (part.kind === 'geometry')
      this.#geometry[part.name] = { ...part.body, settled: Promise.resolve() };
    else {
      const shell = this.#files[part.key];
      if (shell === undefined) throw new Error(`items of ${part.key} arrived before the file itself`);
      arrayIn(shell).push(...part.items);
    }
  }

  result(): { files: BuildFiles; geometry: AtlasBuild['geometry'] } {
    const files = this.#files;
    const missing = FILE_KEYS.filter((key) => files[key] === undefined);
    const { municipalities, counties, neighbours } = this.#geometry;
    if (missing.length > 0 || !municipalities || !counties || !neighbours)
      throw new Error(`the build arrived incomplete from its loading thread (missing ${missing.join(', ')})`);
    return { files: files as BuildFiles, geometry: { municipalities, counties, neighbours } };
  }
}
