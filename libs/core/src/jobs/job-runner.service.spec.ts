import 'reflect-metadata';
import { Injectable } from '@nestjs/common';
import { Reflector, type DiscoveryService } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { HandlesJob, type JobHandler } from './job-handler.js';
import type { AppJobQueue } from './job-map.js';
import { JobRunner } from './job-runner.service.js';

@Injectable()
@HandlesJob('notification.deliver')
class DeliverA implements JobHandler<'notification.deliver'> {
  readonly handled: string[] = [];
  async handle(p: { notificationId: string }) {
    this.handled.push(p.notificationId);
  }
}

@Injectable()
@HandlesJob('notification.deliver')
class DeliverB implements JobHandler<'notification.deliver'> {
  async handle() {}
}

@Injectable()
@HandlesJob('search.sync')
class Sync implements JobHandler<'search.sync'> {
  async handle() {}
}

@Injectable()
@HandlesJob('experts.import')
class Import implements JobHandler<'experts.import'> {
  async handle() {}
}

class NotAHandler {}

// Nest's discovery, reduced to the providers it would list.
function discoveryOf(...instances: object[]): DiscoveryService {
  return { getProviders: () => instances.map((instance) => ({ instance, metatype: instance.constructor })) } as unknown as DiscoveryService;
}

describe('JobRunner', () => {
  it('routes each job to its one handler', async () => {
    const a = new DeliverA();
    const runner = new JobRunner(discoveryOf(a, new Sync(), new Import(), new NotAHandler()), new Reflector(), {} as AppJobQueue);
    const handlers = runner.handlers();
    await handlers['notification.deliver']({ notificationId: 'n1' }, { jobId: 'j', attempt: 1 });
    expect(a.handled).toEqual(['n1']);
  });

  it('refuses to start when a job has no handler or two', () => {
    expect(() => new JobRunner(discoveryOf(new Sync(), new Import(), new NotAHandler()), new Reflector(), {} as AppJobQueue).handlers()).toThrow(
      /"notification.deliver" has 0 handlers/,
    );
    expect(() => new JobRunner(discoveryOf(new DeliverA(), new DeliverB(), new Sync(), new Import()), new Reflector(), {} as AppJobQueue).handlers()).toThrow(
      /"notification.deliver" has 2 handlers/,
    );
  });
});
