import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SystemStateEntity } from './system-state.entity.js';

@Injectable()
export class SystemStateService {
  constructor(private readonly db: DataSource) {}

  async get<T>(key: string, manager: EntityManager = this.db.manager): Promise<T | null> {
    const row = await manager.getRepository(SystemStateEntity).findOneBy({ key });
    return (row?.value as T) ?? null;
  }

  /** Sets the key only if absent; returns false when another process got there first. */
  async claim(manager: EntityManager, key: string, value: unknown): Promise<boolean> {
    const res = await manager.query(
      `INSERT INTO system_state (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key, JSON.stringify(value)],
    );
    return (res as unknown[]).length > 0;
  }
}
