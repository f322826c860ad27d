// Fast unit tests of services with many branches (immich's `newTestService` idea): build the service with every
// constructor dependency replaced by a typed double — each method a `vi.fn()` — so a test states only what the
// repositories answer and checks what the service asked of them. Possible because every repository is injected.
// The unit of work runs the work at once on a stand-in manager (it takes the audit rows); a ManualClock stands in for the clock. Helpers
// named in `real` are built for real on the same doubles (e.g. TeamSteps under InvitationService). The
// real-PostgreSQL suites stay the proof that the queries do what the doubles pretend.
import 'reflect-metadata';
import type { EntityManager } from 'typeorm';
import { vi, type Mock } from 'vitest';
import { Clock, ManualClock, UnitOfWork } from '@app/platform';

/** A class as a token (abstract ones too). */
type ClassOf<T = unknown> = abstract new (...args: never[]) => T;

/** Every method of T as a mock with T's signature; other members as they are. */
export type Double<T> = {
  -readonly [K in keyof T]: T[K] extends (...args: infer A) => infer R ? Mock<(...args: A) => R> : T[K];
};

/**
 * The manager the units of work of a test service are handed: it takes the audit rows that `writeAudit` writes
 * in the use case's transaction (`insert`), so a test can check them too.
 */
export type TestManager = EntityManager & { insert: Mock };

/** A double of a class: each method of its prototype chain a `vi.fn()`. */
export function doubleOf<T>(type: ClassOf<T>): Double<T> {
  const double: Record<string, unknown> = {};
  for (
    let proto = type.prototype;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor' || key in double) continue;
      if (typeof Object.getOwnPropertyDescriptor(proto, key)?.value === 'function') double[key] = vi.fn();
    }
  }
  return double as Double<T>;
}

export interface TestService<S> {
  sut: S;
  /** The transaction's stand-in. */
  manager: TestManager;
  /** The double (or the real helper) the service was given for this type. */
  get<T>(type: ClassOf<T>): Double<T>;
  clock: ManualClock;
}

export interface TestServiceOptions {
  /** Helpers to build for real, on the same doubles. */
  real?: ClassOf[];
  /** Values for constructor parameters by position, e.g. an injected token. */
  values?: Record<number, unknown>;
  now?: Date;
}

export function newTestService<S>(
  service: new (...args: never[]) => S,
  options: TestServiceOptions = {},
): TestService<S> {
  const clock = new ManualClock(options.now ?? new Date('2026-11-23T02:00:00Z'));
  const manager = { insert: vi.fn(async () => undefined) } as unknown as TestManager;
  const unitOfWork = { run: vi.fn(async (work: (m: EntityManager) => Promise<unknown>) => work(manager)) };
  const made = new Map<unknown, unknown>([
    [Clock, clock],
    [UnitOfWork, unitOfWork],
  ]);
  const real = new Set<unknown>(options.real ?? []);

  const build = (type: ClassOf, values: Record<number, unknown> = {}): unknown => {
    const params: unknown[] = Reflect.getMetadata('design:paramtypes', type) ?? [];
    const args = params.map((param, i) => {
      if (i in values) return values[i];
      if (!made.has(param))
        made.set(param, real.has(param) ? build(param as ClassOf) : doubleOf(param as ClassOf));
      return made.get(param);
    });
    return new (type as unknown as new (...a: unknown[]) => unknown)(...args);
  };

  const sut = build(service, options.values) as S;
  return {
    sut,
    manager,
    clock,
    get: <T>(type: ClassOf<T>) => {
      if (!made.has(type)) throw new Error(`${type.name} is not a dependency of ${service.name}`);
      return made.get(type) as Double<T>;
    },
  };
}
