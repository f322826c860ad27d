import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SystemStateEntity } from './system-state.entity.js';

@Injectable()
export class SystemStateRepository {
  constructor(private readonly db: DataSource) {}

  async get<T>(key: string, manager: EntityManager = this.db.manager): Promise<T | null> {
    const row = await manager.getRepository(SystemStateEntity).findOneBy({ key });
    return (row?.value as T) ?? null;
  }

  async insertIfAbsent(manager: EntityManager, key: string, value: unknown): Promise<boolean> {
    const res = await manager.query(
      `INSERT INTO system_state (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key, JSON.stringify(value)],
    );
    return (res as unknown[]).length > 0;
  }

  /** The value, its row locked until the caller's transaction ends (null when the key is absent). */
  async lock<T>(manager: EntityManager, key: string): Promise<T | null> {
    const rows: { value: T }[] = await manager.query(
      `SELECT value FROM system_state WHERE key = $1 FOR UPDATE`,
      [key],
    );
    return rows[0]?.value ?? null;
  }

  async put(manager: EntityManager, key: string, value: unknown): Promise<void> {
    await manager.query(`UPDATE system_state SET value = $2::jsonb WHERE key = $1`, [
      key,
      JSON.stringify(value),
    ]);
  }
}
