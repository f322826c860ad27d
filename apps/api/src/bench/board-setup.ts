// What bench:board and its A/B comparison (board-ab.ts) share: starting a server process and waiting until it is
// ready, its CPU time, and the demo data grown to a province-sized board.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { withClient } from './bench-server.js';

export interface Child {
  process: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Starts `args` with node and waits for a line containing `ready` on its stdout. */
export async function startChild(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<Child> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready/.test(output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output.slice(-2000)}`)),
    );
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export /** User + system CPU time of a process so far, in ms (Linux /proc; undefined elsewhere). */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the stat line (11 and 12 after the command name), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

export /** Copies the demo's demands (statuses, units and regions as they are) until the database holds `target`. */
async function growDemands(url: string, target: number): Promise<number> {
  return withClient(url, async (c) => {
    const [{ n }] = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM demands')).rows;
    const copies = Math.max(0, Math.ceil(target / n!) - 1);
    const cols = (
      await c.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = 'demands' AND is_generated = 'NEVER'
            AND column_name NOT IN ('id', 'code', 'title') ORDER BY ordinal_position`,
      )
    ).rows.map((r) => `"${r.column_name}"`);
    if (copies > 0)
      await c.query(
        `INSERT INTO demands (code, title, ${cols.join(', ')})
         SELECT left(d.code, 24) || '-' || i, left(d.title, 90) || ' #' || i, ${cols.map((x) => `d.${x}`).join(', ')}
           FROM (SELECT * FROM demands) d, generate_series(1, $1::int) i`,
        [copies],
      );
    await c.query('ANALYZE');
    return (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM demands')).rows[0]!.n;
  });
}
