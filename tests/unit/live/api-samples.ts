import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, RAW_DIR } from '../../support/paths';

/** Recorded SCB responses, read from the read-only snapshot at test time (never copied). */
export const API_SAMPLES_DIR = path.join(RAW_DIR, 'api-samples');

export function recordedText(name: string): string {
  return readFileSync(path.join(API_SAMPLES_DIR, name), 'utf8');
}
export function recordedJson(name: string): unknown {
  return JSON.parse(recordedText(name));
}
export function fixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'live', name), 'utf8'));
}
