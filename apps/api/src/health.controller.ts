import { Controller, Get, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppJobQueue } from '@app/core';

@Controller()
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(AppJobQueue) private readonly queue: AppJobQueue,
  ) {}

  /** Liveness and readiness for load balancers: the database answers and which job backend is in use. */
  @Get('healthz')
  async health() {
    await this.db.query('SELECT 1');
    return { status: 'ok', database: 'up', jobs: this.queue.backend };
  }
}
