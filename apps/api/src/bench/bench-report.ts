// Small helpers for benchmarks: percentiles, memory probes, aligned text tables for the terminal and Markdown
// tables for docs/benchmarks.md.
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Nearest-rank percentile of `values` (p in 0..100); NaN for an empty list. */
/** The sizes a bench runs: `name` in the environment (comma-separated, a smoke run that leaves the docs alone) or the defaults. */
export function sizesFromEnv(name: string, defaults: number[]): { sizes: number[]; overridden: boolean } {
  const raw = process.env[name]?.trim();
  if (!raw) return { sizes: defaults, overridden: false };
  const sizes = raw
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((x) => Number.isInteger(x) && x > 0);
  return { sizes, overridden: true };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function seconds(valueMs: number): string {
  return (valueMs / 1000).toFixed(valueMs >= 100_000 ? 0 : 1) + ' s';
}

export function perSecond(rows: number, valueMs: number): string {
  if (!(valueMs > 0)) return '–';
  return Math.round((rows * 1000) / valueMs).toLocaleString('en-US');
}

export function mb(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return value < 10 ? value.toFixed(1) : value.toFixed(0);
}

export function ratio(a: number, b: number): string {
  if (!(b > 0)) return '–';
  const r = a / b;
  return (r >= 10 ? r.toFixed(0) : r.toFixed(1)) + '×';
}

/** Terminal width of a string: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

/** An aligned plain-text table; columns whose cells look numeric are right-aligned. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const numeric = header.map(
    (_, i) => rows.length > 0 && rows.every((r) => /^[-–+\d.,×%\s]*(ms|s|MB)?$/.test(r[i] ?? '')),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i]! - width(c)));
        return numeric[i] ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(header: string[], rows: string[][]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  const numeric = header.map(
    (_, i) => rows.length > 0 && rows.every((r) => /^[-–+\d.,×%\s]*(ms|s|MB)?$/.test(r[i] ?? '')),
  );
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

export interface MemorySample {
  label: string;
  rss: number;
  heapUsed: number;
  /** Highest RSS / heap seen by the probe since it was started (the phase's peak), when sampled. */
  peakRss?: number;
  peakHeapUsed?: number;
  /** process.memoryUsage() when the RSS peaked: what the peak was made of (V8 heap committed, Buffers). */
  atPeak?: NodeJS.MemoryUsage;
}

/** Collects garbage when the process runs with --expose-gc; a no-op otherwise. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

/** Samples memory every `intervalMs` while a phase runs, to catch its peak. */
export class MemoryProbe {
  private timer: NodeJS.Timeout | null = null;
  private peakRss = 0;
  private peakHeap = 0;
  private atPeak: NodeJS.MemoryUsage | undefined;

  start(intervalMs = 25): void {
    this.stop();
    this.peakRss = 0;
    this.peakHeap = 0;
    this.atPeak = undefined;
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.peakRss) this.atPeak = m;
    this.peakRss = Math.max(this.peakRss, m.rss);
    this.peakHeap = Math.max(this.peakHeap, m.heapUsed);
  }

  /** Ends the phase: its peak, labelled. */
  stop(label = ''): MemorySample {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    const m = process.memoryUsage();
    return {
      label,
      rss: m.rss,
      heapUsed: m.heapUsed,
      peakRss: this.peakRss,
      peakHeapUsed: this.peakHeap,
      atPeak: this.atPeak,
    };
  }
}

/** After a full collection: what the process holds between phases. */
export function settledMemory(label: string): MemorySample {
  collectGarbage();
  const m = process.memoryUsage();
  return { label, rss: m.rss, heapUsed: m.heapUsed };
}

const BENCHMARKS_HEADER = `# Benchmarks

Figures written by the \`npm run bench:*\` commands, newest last. Each section records the machine it ran on and
compares against a baseline measured in the same run. Timings are never part of a pass/fail test.
`;

/** Appends a section to docs/benchmarks.md, creating the file with its header when it is missing. */
export function appendBenchmarks(root: string, section: string): string {
  const file = path.join(root, 'docs', 'benchmarks.md');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, BENCHMARKS_HEADER);
  }
  appendFileSync(file, `\n${section.trim()}\n`);
  return file;
}
