/**
 * Where the main thread's JavaScript time goes, by source module: the V8 sampling profile inside a Chromium trace,
 * each sample's function mapped back through the build's (hidden) source maps, so "vendor-….js 3 s" becomes
 * "react-dom 2.1 s, web/planner/PlannerPage.tsx 0.4 s".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import type { TraceEvent } from './web-trace';

interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
/** What a trace's `ProfileChunk` event carries in `args.data`. */
export interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

export interface HotSource {
  source: string;
  ms: number;
}

/** Maps a position in a served script to its module (a package name, or a path inside the repository). */
function sourceResolver(webDir: string, repoRoot: string): (frame: CallFrame) => string {
  const consumers = new Map<string, SourceMapConsumer | null>();
  const consumerFor = (url: string) => {
    const file = path.join(webDir, new URL(url).pathname);
    if (!consumers.has(file)) {
      const map = `${file}.map`;
      consumers.set(
        file,
        existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : null,
      );
    }
    return consumers.get(file) ?? null;
  };
  return (frame) => {
    if (!frame.url || !/^https?:/.test(frame.url)) return frame.url || `(${frame.functionName || 'native'})`;
    const consumer = consumerFor(frame.url);
    const scriptName = path.basename(new URL(frame.url).pathname);
    if (!consumer) return scriptName;
    const original = consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!original.source) return scriptName;
    const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(original.source);
    if (packageMatch) return packageMatch[1]!;
    return path.relative(repoRoot, path.resolve(webDir, 'assets', original.source));
  };
}

/** Self time per source module on one thread (the page's main thread), longest first. */
export function hotSources(
  events: TraceEvent[],
  thread: { pid: number; tid: number },
  webDir: string,
  repoRoot: string,
  count = 12,
): HotSource[] {
  const resolve = sourceResolver(webDir, repoRoot);
  // A profile arrives in chunks that share an id; nodes accumulate, samples pair with time deltas (µs).
  const nodes = new Map<string, Map<number, CallFrame>>();
  const totals = new Map<string, number>();
  // Workers (MapLibre's) profile in the same process: keep the profiles started on the main thread.
  const mainProfiles = new Set(
    events
      .filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid)
      .map((e) => e.id),
  );
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || !mainProfiles.has(event.id)) continue;
    const data = event.args?.data;
    const profileId = event.id ?? '';
    const known = nodes.get(profileId) ?? new Map<number, CallFrame>();
    nodes.set(profileId, known);
    for (const node of data?.cpuProfile?.nodes ?? []) known.set(node.id, node.callFrame);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((nodeId, i) => {
      const frame = known.get(nodeId);
      if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
      // Chromium's own pages (its new-tab UI) profile in the same trace: not the page's code.
      if ((frame.url ?? '').startsWith('chrome://')) return;
      const key = resolve(frame);
      totals.set(key, (totals.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
  }
  return [...totals]
    .map(([source, ms]) => ({ source, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

export function formatHotSources(title: string, list: HotSource[]): string {
  return [`${title}:`, ...list.map((h) => `  ${h.ms.toFixed(0).padStart(6)} ms  ${h.source}`)].join('\n');
}
