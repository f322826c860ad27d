// Preloaded into a server by a bench (`node --import …/bench-profile.js main.js`) when BENCH_PROFILE names a
// .cpuprofile file: SIGUSR2 starts V8's sampling profiler, the next SIGUSR2 stops it and writes the profile. So the
// profile covers exactly the load phase the bench chooses (not start-up, migrations or demo data). Without
// BENCH_PROFILE nothing is installed.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const file = process.env.BENCH_PROFILE;
if (file) {
  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))),
    );
  let running = false;
  process.on('SIGUSR2', () => {
    void (async () => {
      if (!running) {
        running = true;
        await post('Profiler.enable');
        // 1 ms, as `--cpu-prof`'s default interval.
        await post('Profiler.setSamplingInterval', { interval: 1000 });
        await post('Profiler.start');
        console.log('[bench-profile] started');
      } else {
        running = false;
        const { profile } = (await post('Profiler.stop')) as { profile: unknown };
        writeFileSync(file, JSON.stringify(profile));
        console.log(`[bench-profile] written`);
      }
    })();
  });
}
