// The V8 flags the api process runs with, as the Dockerfile, docker-compose.yml and deploy/k8s/api.yaml start it
// (test/deploy checks they agree) and bench:board starts it. A larger young generation: under load each in-flight
// request's objects outlive several scavenges, and 64 MB semi-spaces promote (then mark) far less of them —
// bench:board measured ~8% less CPU per request and ~14% more requests per second on the board.
export const API_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/**
 * The worker's V8 flags (docker-compose.yml and deploy/k8s/worker.yaml; test/deploy checks they agree). A heap
 * limit far above what its jobs keep alive (a 100k-row import: ~70 MB; its index sync: ~120 MB), as a backstop:
 * under it V8 grows the heap by a smaller factor before collecting, so garbage does not pile up to several times
 * the live set. bench:import at 100,000 rows (docs/benchmarks.md): peak RSS ~420 MB under the default limit,
 * ~240 MB (import) and ~290 MB (index sync) with it, for no more CPU.
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=512'];
