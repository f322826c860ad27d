// Photo files and their rows agree: an upload is written under a temporary key and moved into place only after
// the row is committed, so a refused or failed upload leaves no file; a sweep clears what a crash left behind.
import { Injectable, Logger } from '@nestjs/common';
import { FileStore } from '@app/platform';
import { ServiceRepository } from './service.repository.js';

const STAGING = 'tmp/';
const PHOTOS = 'photos/';

export interface PhotoSweepOptions {
  /** Wall-clock time of the file store (files carry real modification times, whatever the app's clock says). */
  now?: number;
  /** Staged uploads older than this are finished or removed. */
  stagedMinutes?: number;
  /** Stored photos no row names, older than this, are removed. */
  orphanMinutes?: number;
}

export interface PhotoSweepResult {
  /** Staged files whose row was committed (the process stopped before moving them): moved into place. */
  kept: number;
  removed: number;
}

@Injectable()
export class PhotoStorageService {
  private readonly logger = new Logger('PhotoStorage');

  constructor(
    private readonly photos: ServiceRepository,
    private readonly files: FileStore,
  ) {}

  /** Writes the file under a temporary key; it counts only once `keep` has moved it into place. */
  stage(key: string, data: Buffer): Promise<void> {
    return this.files.put(STAGING + key, data);
  }

  /** After the row's commit: the staged file becomes the stored one. */
  async keep(key: string): Promise<void> {
    if (!(await this.files.move(STAGING + key, key)))
      this.logger.error(`staged photo ${key} was gone when its row was committed`);
  }

  /** The row was not written: the staged file goes. */
  async discard(key: string): Promise<void> {
    await this.files
      .delete(STAGING + key)
      .catch((err: Error) =>
        this.logger.warn(`staged photo ${key} not removed (${err.message}); the sweep will`),
      );
  }

  private referenced(keys: string[]): Promise<Set<string>> {
    return this.photos.existingPhotoKeys(keys);
  }

  /** Finishes or removes old staged uploads and removes old stored photos that no row names. Idempotent. */
  async sweep(options: PhotoSweepOptions = {}): Promise<PhotoSweepResult> {
    const now = options.now ?? Date.now();
    const stagedBefore = now - (options.stagedMinutes ?? 60) * 60_000;
    const orphanBefore = now - (options.orphanMinutes ?? 60) * 60_000;
    const result: PhotoSweepResult = { kept: 0, removed: 0 };

    const staged: string[] = [];
    for await (const f of this.files.list(STAGING))
      if (f.modifiedAt.getTime() < stagedBefore) staged.push(f.key.slice(STAGING.length));
    for (let i = 0; i < staged.length; i += 500) {
      const chunk = staged.slice(i, i + 500);
      const committed = await this.referenced(chunk);
      for (const key of chunk) {
        if (committed.has(key)) {
          if (await this.files.move(STAGING + key, key)) result.kept++;
        } else {
          await this.files.delete(STAGING + key);
          result.removed++;
        }
      }
    }

    const stored: string[] = [];
    for await (const f of this.files.list(PHOTOS))
      if (f.modifiedAt.getTime() < orphanBefore) stored.push(f.key);
    for (let i = 0; i < stored.length; i += 500) {
      const chunk = stored.slice(i, i + 500);
      const named = await this.referenced(chunk);
      for (const key of chunk) {
        if (named.has(key)) continue;
        await this.files.delete(key);
        result.removed++;
      }
    }
    if (result.kept || result.removed)
      this.logger.log(`photo files swept: ${result.kept} kept, ${result.removed} removed`);
    return result;
  }
}
