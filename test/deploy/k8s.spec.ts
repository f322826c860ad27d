// deploy/k8s: every manifest parses and has the Kubernetes essentials (apiVersion for its kind, metadata, the spec
// fields each kind needs, no unknown field where a typo would silently do nothing), the containers are given
// exactly the variables the app reads, the probes ask a path the api serves, and the image and commands are the
// ones docker-compose.yml runs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '@app/platform';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = root + 'deploy/k8s/';
const compose = parse(readFileSync(root + 'docker-compose.yml', 'utf8'), { merge: true });

interface Manifest {
  file: string;
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [key: string]: any;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const manifests: Manifest[] = files.flatMap((file) =>
  parseAllDocuments(readFileSync(dir + file, 'utf8')).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]!.message}`);
    return { ...doc.toJS(), file } as Manifest;
  }),
);
const kustomization = manifests.find((m) => m.kind === 'Kustomization')!;
const applied = manifests.filter((m) => m.kind !== 'Kustomization');
const byKind = (kind: string) => applied.filter((m) => m.kind === kind);
const named = (kind: string, name: string) => {
  const m = applied.find((x) => x.kind === kind && x.metadata.name === name);
  if (!m) throw new Error(`no ${kind} ${name}`);
  return m;
};

const API_VERSIONS: Record<string, string> = {
  Namespace: 'v1',
  ConfigMap: 'v1',
  Secret: 'v1',
  Service: 'v1',
  PersistentVolumeClaim: 'v1',
  Deployment: 'apps/v1',
  Job: 'batch/v1',
  HorizontalPodAutoscaler: 'autoscaling/v2',
  PodDisruptionBudget: 'policy/v1',
  Ingress: 'networking.k8s.io/v1',
  Kustomization: 'kustomize.config.k8s.io/v1beta1',
};

// The fields of the Kubernetes API objects these manifests use (a subset of each, enough to catch a misspelt key).
const FIELDS = {
  top: ['apiVersion', 'kind', 'metadata', 'spec', 'data', 'stringData', 'type', 'file'],
  metadata: ['name', 'namespace', 'labels', 'annotations'],
  deploymentSpec: [
    'replicas',
    'selector',
    'template',
    'strategy',
    'revisionHistoryLimit',
    'minReadySeconds',
    'progressDeadlineSeconds',
  ],
  jobSpec: [
    'template',
    'backoffLimit',
    'ttlSecondsAfterFinished',
    'activeDeadlineSeconds',
    'completions',
    'parallelism',
  ],
  podSpec: [
    'containers',
    'initContainers',
    'volumes',
    'restartPolicy',
    'securityContext',
    'terminationGracePeriodSeconds',
    'serviceAccountName',
    'affinity',
    'tolerations',
    'nodeSelector',
    'topologySpreadConstraints',
  ],
  container: [
    'name',
    'image',
    'command',
    'args',
    'ports',
    'env',
    'envFrom',
    'resources',
    'volumeMounts',
    'readinessProbe',
    'livenessProbe',
    'startupProbe',
    'securityContext',
    'imagePullPolicy',
    'workingDir',
  ],
  probe: [
    'httpGet',
    'tcpSocket',
    'exec',
    'initialDelaySeconds',
    'periodSeconds',
    'timeoutSeconds',
    'failureThreshold',
    'successThreshold',
  ],
};
const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const QUANTITY = /^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti)?$/;

function onlyKnown(obj: object, allowed: string[], where: string) {
  for (const key of Object.keys(obj)) expect(allowed, `${where}: unknown field "${key}"`).toContain(key);
}

/** The pod templates, each with where it comes from. */
const pods = [...byKind('Deployment'), ...byKind('Job')].map((m) => ({
  m,
  pod: m.spec.template.spec,
  where: `${m.file} ${m.kind} ${m.metadata.name}`,
}));
const containers = pods.flatMap(({ m, pod, where }) =>
  [...pod.containers, ...(pod.initContainers ?? [])].map((c: any) => ({
    m,
    c,
    where: `${where} container ${c.name}`,
  })),
);

/** The variables named in the README's configuration table (`A` / `B` rows name two). */
function readmeVariables(): string[] {
  const readme = readFileSync(root + 'README.md', 'utf8');
  const table = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('## ', readme.indexOf('## Configuration') + 5),
  );
  return [...table.matchAll(/^\|\s*(`[A-Z0-9_]+`(?:\s*\/\s*`[A-Z0-9_]+`)*)\s*\|/gm)].flatMap((m) =>
    [...m[1]!.matchAll(/`([A-Z0-9_]+)`/g)].map((x) => x[1]!),
  );
}

describe('deploy/k8s manifests', () => {
  it('parse, and each has the apiVersion of its kind, a DNS-1123 name, the one namespace and no unknown field', () => {
    expect(applied.length).toBeGreaterThanOrEqual(10);
    for (const m of manifests) {
      const where = `${m.file} ${m.kind}`;
      expect(API_VERSIONS[m.kind], `${where}: kind`).toBeDefined();
      expect(m.apiVersion, where).toBe(API_VERSIONS[m.kind]);
      if (m.kind === 'Kustomization') continue;
      onlyKnown(m, FIELDS.top, where);
      onlyKnown(m.metadata, FIELDS.metadata, where);
      expect(m.metadata.name, where).toMatch(DNS_1123);
      expect(m.metadata.name.length).toBeLessThanOrEqual(63);
      if (m.kind === 'Namespace') expect(m.metadata.name).toBe(kustomization.namespace);
      else expect(m.metadata.namespace, where).toBe(kustomization.namespace);
    }
    const ids = applied.map((m) => `${m.kind}/${m.metadata.name}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every manifest in kustomization.yaml except the Secret example, which is never applied', () => {
    const expected = files.filter((f) => f !== 'kustomization.yaml' && f !== 'secret.example.yaml').sort();
    expect([...kustomization.resources].sort()).toEqual(expected);
    for (const f of kustomization.resources) expect(existsSync(dir + f)).toBe(true);
    expect(byKind('Secret').map((s) => s.file)).toEqual(['secret.example.yaml']);
    // The only image, pinned per release in one place.
    expect(kustomization.images.map((i: any) => i.name)).toEqual([compose.services.api.image.split(':')[0]]);
  });

  it('gives Deployments and the Job valid pod templates: selectors match, every container has resources', () => {
    expect(
      byKind('Deployment')
        .map((d) => d.metadata.name)
        .sort(),
    ).toEqual(['expert-service-api', 'expert-service-worker']);
    for (const d of byKind('Deployment')) {
      onlyKnown(d.spec, FIELDS.deploymentSpec, d.file);
      expect(Number.isInteger(d.spec.replicas) && d.spec.replicas >= 2, `${d.metadata.name} replicas`).toBe(
        true,
      );
      const labels = d.spec.template.metadata.labels;
      for (const [k, v] of Object.entries(d.spec.selector.matchLabels))
        expect(labels[k], `${d.metadata.name} selector ${k}`).toBe(v);
    }
    for (const j of byKind('Job')) {
      onlyKnown(j.spec, FIELDS.jobSpec, j.file);
      expect(['Never', 'OnFailure']).toContain(j.spec.template.spec.restartPolicy);
    }
    for (const { pod, where } of pods) {
      onlyKnown(pod, FIELDS.podSpec, where);
      expect(pod.securityContext?.runAsNonRoot, `${where} runs as the image's user "node"`).toBe(true);
      const volumes = new Set((pod.volumes ?? []).map((v: any) => v.name));
      for (const v of pod.volumes ?? [])
        if (v.persistentVolumeClaim) named('PersistentVolumeClaim', v.persistentVolumeClaim.claimName);
      for (const c of pod.containers)
        for (const vm of c.volumeMounts ?? [])
          expect(volumes.has(vm.name), `${where}: volume ${vm.name}`).toBe(true);
    }
    for (const { c, where } of containers) {
      onlyKnown(c, FIELDS.container, where);
      expect(c.name).toMatch(DNS_1123);
      for (const part of ['requests', 'limits']) {
        for (const r of ['cpu', 'memory'])
          expect(String(c.resources?.[part]?.[r] ?? ''), `${where} ${part}.${r}`).toMatch(QUANTITY);
      }
      for (const p of c.ports ?? []) expect(Number.isInteger(p.containerPort), where).toBe(true);
    }
  });

  it('runs the image and commands of docker-compose.yml, and a migration Job whose command the CLI knows', () => {
    for (const { c, where } of containers) expect(c.image, where).toBe(compose.services.api.image);
    const command = (name: string) =>
      named('Deployment', name).spec.template.spec.containers[0].command.join(' ');
    expect(command('expert-service-api')).toBe(compose.services.api.command.join(' '));
    expect(command('expert-service-worker')).toBe(compose.services.worker.command.join(' '));
    const migrate = named('Job', 'expert-service-migrate').spec.template.spec.containers[0].command;
    expect(migrate).toEqual(['node', 'dist/apps/api/src/cli.js', 'migrate']);
    expect(readFileSync(root + 'apps/api/src/cli.ts', 'utf8')).toContain(`case 'migrate':`);
  });

  it('gives the containers every variable of the README table through the ConfigMap and Secret, and nothing else', () => {
    const config = named('ConfigMap', 'expert-service-config');
    const secret = named('Secret', 'expert-service-secrets');
    const keys = [...Object.keys(config.data), ...Object.keys(secret.stringData)];
    expect(new Set(keys).size, 'a variable in both the ConfigMap and the Secret').toBe(keys.length);
    expect([...keys].sort()).toEqual([...readmeVariables()].sort());
    expect([...keys].sort()).toEqual([...CONFIG_VARIABLES].sort());
    for (const v of Object.values(config.data))
      expect(typeof v, 'ConfigMap values are strings').toBe('string');
    expect(config.data.INLINE_WORKERS).toBe('false');
    expect(config.data.NODE_ENV).toBe('production');
    expect(config.data.DATA_DIR).toBe(compose['x-app-env'].DATA_DIR);
    for (const { c, where } of containers) {
      expect(c.envFrom, where).toEqual([
        { configMapRef: { name: config.metadata.name } },
        { secretRef: { name: secret.metadata.name } },
      ]);
      for (const e of c.env ?? [])
        expect(CONFIG_VARIABLES as readonly string[], `${where} env ${e.name}`).toContain(e.name);
    }
  });

  it('is a configuration the app accepts: production, jobs on Redis, none in the api replicas', () => {
    const env = {
      ...named('ConfigMap', 'expert-service-config').data,
      ...named('Secret', 'expert-service-secrets').stringData,
    };
    const config = loadConfig(env, '/app');
    expect(config).toMatchObject({
      nodeEnv: 'production',
      inlineWorkers: false,
      demoData: false,
      dataDir: '/data',
      port: 3000,
    });
    expect(config.databaseUrl).toMatch(/^postgres:/);
    expect(config.redisUrl).toMatch(/^redis:/);
    expect(config.meiliHost).toMatch(/^http/);
    expect(config.s3).toBeNull();
  });

  it('probes the api on a path it serves, on the port it listens on; the Service, HPA and Ingress reach it', () => {
    const api = named('Deployment', 'expert-service-api');
    const [c] = api.spec.template.spec.containers;
    const port = c.ports.find((p: any) => p.name === 'http');
    expect(String(port.containerPort)).toBe(named('ConfigMap', 'expert-service-config').data.PORT);
    const routes = readdirSync(root + 'apps/api/src')
      .filter((f) => f.endsWith('.controller.ts'))
      .flatMap((f) =>
        [...readFileSync(root + 'apps/api/src/' + f, 'utf8').matchAll(/@Get\('([^']+)'\)/g)].map(
          (m) => '/' + m[1],
        ),
      );
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
      expect(c[probe], probe).toBeDefined();
      onlyKnown(c[probe], FIELDS.probe, probe);
      expect(routes).toContain(c[probe].httpGet.path);
      expect(c[probe].httpGet.port).toBe('http');
    }
    expect(c.livenessProbe.failureThreshold * c.livenessProbe.periodSeconds).toBeGreaterThanOrEqual(60); // a slow database is no reason to restart

    const service = named('Service', 'expert-service-api');
    expect(service.spec.selector).toEqual(api.spec.selector.matchLabels);
    expect(service.spec.ports[0].targetPort).toBe('http');
    const hpa = named('HorizontalPodAutoscaler', 'expert-service-api');
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: api.metadata.name,
    });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
    const pdb = named('PodDisruptionBudget', 'expert-service-api');
    expect(pdb.spec.selector.matchLabels).toEqual(api.spec.selector.matchLabels);
    const ingress = named('Ingress', 'expert-service');
    expect(ingress.spec.rules[0].http.paths[0].backend.service).toEqual({
      name: service.metadata.name,
      port: { name: 'http' },
    });

    // The worker has no HTTP server and no Service; it shares the data volume with the api.
    const worker = named('Deployment', 'expert-service-worker').spec.template.spec;
    expect(worker.containers[0].ports).toBeUndefined();
    expect(worker.volumes).toEqual(api.spec.template.spec.volumes);
  });
});
