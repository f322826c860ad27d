// Photos of the site: uploaded for a team in service (the file is kept only once its row is committed), attached
// to a batch when the batch is logged, and served behind signed links that expire.
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppError, imageType, isUuid, photoProblem, type Actor } from '@app/domain';
import {
  Clock,
  FILE_LINK_SECRET,
  FileStore,
  UnitOfWork,
  fileLinkValid,
  signFileLink,
  writeAudit,
} from '@app/platform';
import { TeamRepository } from '../dispatch/team.repository.js';
import { PhotoStorageService } from './photo-storage.service.js';
import { ServiceBatchService } from './service-batch.service.js';
import type { ServicePhotoEntity } from './service.entities.js';
import { ServiceRepository } from './service.repository.js';

const PHOTO_LINK_SECONDS = 3600;
const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

@Injectable()
export class ServicePhotoService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ServiceRepository,
    private readonly teams: TeamRepository,
    private readonly batches: ServiceBatchService,
    private readonly photoFiles: PhotoStorageService,
    private readonly files: FileStore,
    private readonly clock: Clock,
    @Inject(FILE_LINK_SECRET) private readonly linkSecret: string,
  ) {}

  /** Stores a photo of the site for a team; it is attached to a batch when the batch is logged. */
  async uploadPhoto(
    actor: Actor,
    teamId: string,
    fileName: string,
    data: Buffer,
    caption?: string | null,
  ): Promise<ServicePhotoEntity> {
    const team = isUuid(teamId) ? await this.teams.find(teamId) : null;
    if (!team) throw AppError.notFound('服务团', 'TEAM_NOT_FOUND');
    await this.batches.assertCanManage(actor, team);
    if (!(await this.teams.servesDemandIn(team.id, ['IN_SERVICE', 'DELIVERED'])))
      throw AppError.conflict('服务团尚未进入服务阶段，暂不能上传现场照片', 'BATCH_CLOSED');
    const type = imageType(data);
    const problem = photoProblem(data, type ?? '');
    if (problem) throw AppError.badInput(problem, { file: problem });
    const name = (fileName ?? '').trim().slice(0, 200) || `photo.${EXTENSION[type!]}`;
    if ((caption ?? '').length > 200)
      throw AppError.badInput('照片说明不能超过 200 个字', { caption: '不超过 200 个字' });
    const key = `photos/${team.id}/${randomUUID()}.${EXTENSION[type!]}`;
    // The file is kept only once its row is committed: a refused or failed upload leaves nothing behind.
    await this.photoFiles.stage(key, data);
    let photo: ServicePhotoEntity;
    try {
      photo = await this.uow.run(async (m) => {
        const row = await this.repo.insertPhoto(m, {
          teamId: team.id,
          batchKey: null,
          storageKey: key,
          fileName: name,
          contentType: type!,
          size: data.length,
          caption: caption?.trim() || null,
          uploadedBy: actor.accountId,
        });
        await writeAudit(m, actor, {
          action: 'batch.photo',
          entityType: 'service_photo',
          entityId: row.id,
          after: { teamId: team.id, fileName: name, size: data.length },
        });
        return row;
      });
    } catch (err) {
      await this.photoFiles.discard(key);
      throw err;
    }
    await this.photoFiles.keep(key);
    return photo;
  }

  /** A signed link an <img> can load for an hour. */
  photoPath(photo: ServicePhotoEntity): string {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + PHOTO_LINK_SECONDS;
    return `/files/photos/${photo.id}?expires=${expires}&signature=${signFileLink(this.linkSecret, photo.id, expires)}`;
  }

  /** The photo behind a signed link, or null when the link is wrong, expired or the photo gone. */
  async photoByLink(
    id: string,
    expires: number,
    signature: string,
  ): Promise<{ data: Buffer; contentType: string; fileName: string } | null> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    if (!isUuid(id) || !fileLinkValid(this.linkSecret, id, expires, signature, now)) return null;
    const photo = await this.repo.findPhoto(id);
    const data = photo ? await this.files.get(photo.storageKey) : null;
    return photo && data ? { data, contentType: photo.contentType, fileName: photo.fileName } : null;
  }
}
