import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The file in the shared builds root that names the build every instance should serve. */
export const POINTER_FILE = 'current.json';

export const BuildPointer = z.object({
  buildId: z.string().regex(/^[0-9a-f]{8,64}$/),
  /** The build's directory, relative to the builds root. */
  dir: z.string().regex(/^[0-9a-f]{8,64}$/),
  writtenAt: z.string(),
  /** The application name of the process that wrote it (host and pid). */
  writer: z.string(),
  /** Earlier builds, newest first: kept for instances that have not swapped yet. */
  previous: z.array(z.string().regex(/^[0-9a-f]{8,64}$/)),
});
export type BuildPointer = z.infer<typeof BuildPointer>;

/** The pointer, or null when none was written yet; a malformed one is an error naming the file. */
export function readPointer(root: string): BuildPointer | null {
  const file = path.join(root, POINTER_FILE);
  if (!existsSync(file)) return null;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not JSON`);
  }
  const parsed = BuildPointer.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file} does not name a build at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Written beside, then renamed over the old one: a reader sees the old pointer or the new one, never half. */
export function writePointer(root: string, pointer: BuildPointer): void {
  const file = path.join(root, POINTER_FILE);
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(temp, `${JSON.stringify(BuildPointer.parse(pointer), null, 2)}\n`);
  renameSync(temp, file);
}
