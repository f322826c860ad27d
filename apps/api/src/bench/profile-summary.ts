// Sums the self time of a V8 .cpuprofile (from `node --cpu-prof` or bench-profile.ts) by where the code lives: a
// package under node_modules, a file of ours under dist/, Node's internals, or V8's own buckets (garbage
// collector, program, idle). Used by the benches to print "where the api spends its CPU" next to their figures;
// also runnable on a file: `node dist/apps/api/src/bench/profile-summary.js FILE.cpuprofile [--files]`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileShare {
  name: string;
  ms: number;
  /** Share of the busy time (idle excluded), 0..1. */
  share: number;
}

/** Where a frame's code lives; `byFile` splits our own code (and packages) by file. */
export function bucketOf(url: string, functionName: string, byFile = false): string {
  if (!url) {
    if (functionName === '(garbage collector)') return 'V8: garbage collector';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return 'V8: program';
    return functionName ? `V8/native: ${functionName}` : 'V8/native';
  }
  if (url.startsWith('node:')) return byFile ? url : 'node: ' + url.slice(5).split('/')[0];
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    const pkg = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    return byFile ? `${pkg}/${rest.slice(pkg.split('/').length).join('/')}` : pkg;
  }
  const dist = url.indexOf('/dist/');
  if (dist >= 0) {
    const file = url.slice(dist + '/dist/'.length);
    return byFile ? 'ours: ' + file : 'ours: ' + file.split('/').slice(0, 3).join('/');
  }
  return url;
}

/** Self time per bucket, largest first, over the busy time (idle excluded). */
export function summariseProfile(
  profile: CpuProfile,
  byFile = false,
): { busyMs: number; shares: ProfileShare[] } {
  const bucket = new Map<number, string>();
  for (const n of profile.nodes)
    bucket.set(n.id, bucketOf(n.callFrame.url, n.callFrame.functionName, byFile));
  const totals = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const name = bucket.get(profile.samples[i]!) ?? '?';
    // A sample's delta is the time since the previous one; attribute it to this sample (the usual convention).
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    totals.set(name, (totals.get(name) ?? 0) + dt);
  }
  totals.delete('(idle)');
  const busyMs = [...totals.values()].reduce((a, b) => a + b, 0);
  const shares = [...totals.entries()]
    .map(([name, ms]) => ({ name, ms, share: busyMs > 0 ? ms / busyMs : 0 }))
    .sort((a, b) => b.ms - a.ms);
  return { busyMs, shares };
}

/** Busy CPU ms per request, and the top buckets with their share and ms per request. */
export function formatProfile(profile: CpuProfile, requests: number, top = 12, byFile = false): string[] {
  const { busyMs, shares } = summariseProfile(profile, byFile);
  // Samples are wall-clock: on a busy machine, time the thread waited for a core counts where it was waiting.
  const lines = [`sampled busy time ${(busyMs / requests).toFixed(2)} ms per request (${requests} requests)`];
  for (const s of shares.slice(0, top))
    lines.push(`${(s.share * 100).toFixed(1).padStart(5)}%  ${(s.ms / requests).toFixed(3)} ms  ${s.name}`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const profile = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as CpuProfile;
  const byFile = process.argv.includes('--files');
  const { busyMs, shares } = summariseProfile(profile, byFile);
  const wall = (profile.endTime - profile.startTime) / 1000;
  console.log(`wall ${wall.toFixed(0)} ms, busy ${busyMs.toFixed(0)} ms`);
  for (const s of shares.slice(0, byFile ? 60 : 40))
    console.log(`${(s.share * 100).toFixed(1).padStart(5)}%  ${s.ms.toFixed(0).padStart(7)} ms  ${s.name}`);
}
