import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SystemStateRepository } from './system-state.repository.js';

/** Facts about the installation kept once (e.g. that the demo was seeded), each written by one process only. */
@Injectable()
export class SystemStateService {
  constructor(private readonly state: SystemStateRepository) {}

  get<T>(key: string, manager?: EntityManager): Promise<T | null> {
    return this.state.get<T>(key, manager);
  }

  /** Sets the key only if absent; returns false when another process got there first. */
  claim(manager: EntityManager, key: string, value: unknown): Promise<boolean> {
    return this.state.insertIfAbsent(manager, key, value);
  }

  /** A key's value for changing in the caller's transaction: its row stays locked until that transaction ends. */
  lock<T>(manager: EntityManager, key: string): Promise<T | null> {
    return this.state.lock<T>(manager, key);
  }

  /** Replaces a key's value (the key exists: claimed first). */
  put(manager: EntityManager, key: string, value: unknown): Promise<void> {
    return this.state.put(manager, key, value);
  }
}
