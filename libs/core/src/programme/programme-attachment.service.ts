// Stamped scans attached to an application (申报单位意见 and the like), kept in the file store the photos use: the
// file is staged, its row committed, then moved into place, so a refused upload leaves nothing behind. The
// applicant adds and removes them while the form is editable; whoever may read the application downloads them.
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  AppError,
  attachmentProblem,
  attachmentType,
  isApplicationEditable,
  isUuid,
  type Actor,
} from '@app/domain';
import { FileStore, UnitOfWork, writeAudit } from '@app/platform';
import { PhotoStorageService } from '../service/photo-storage.service.js';
import { ApplicationSteps } from './application-steps.js';
import { canReadApplication } from './programme-access.js';
import type { ProgrammeApplicationEntity, ProgrammeAttachmentEntity } from './programme.entities.js';
import { ProgrammeRepository } from './programme.repository.js';

const EXTENSION = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

@Injectable()
export class ProgrammeAttachmentService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ProgrammeRepository,
    private readonly steps: ApplicationSteps,
    private readonly staging: PhotoStorageService,
    private readonly files: FileStore,
  ) {}

  private async readable(actor: Actor, applicationId: string): Promise<ProgrammeApplicationEntity> {
    const a = isUuid(applicationId) ? await this.repo.findApplication(applicationId) : null;
    if (!a) throw AppError.notFound('项目申报', 'APPLICATION_NOT_FOUND');
    if (!canReadApplication(actor, a)) throw AppError.forbidden('您无权查看该申报', 'APPLICATION_FORBIDDEN');
    return a;
  }

  async list(actor: Actor, applicationId: string): Promise<ProgrammeAttachmentEntity[]> {
    await this.readable(actor, applicationId);
    return this.repo.attachments(applicationId);
  }

  async upload(
    actor: Actor,
    applicationId: string,
    fileName: string,
    data: Buffer,
  ): Promise<ProgrammeAttachmentEntity> {
    if (!isUuid(applicationId)) throw AppError.notFound('项目申报', 'APPLICATION_NOT_FOUND');
    // The id names the file's folder: one spelling (a UUID in capitals is the same application, not a new folder,
    // and the file store accepts lower case only).
    applicationId = applicationId.toLowerCase();
    const existing = await this.repo.attachments(applicationId);
    const problem = attachmentProblem(data, existing.length);
    if (problem) throw AppError.badInput(problem, { file: problem });
    const type = attachmentType(data)!;
    const name = (fileName ?? '').trim().slice(0, 200) || `附件.${EXTENSION[type]}`;
    const key = `programme/${applicationId}/${randomUUID()}.${EXTENSION[type]}`;
    await this.staging.stage(key, data);
    let row: ProgrammeAttachmentEntity;
    try {
      row = await this.uow.run(async (m) => {
        const { application, call } = await this.steps.lock(m, applicationId);
        if (actor.role !== 'UNIT' || actor.organizationId !== application.applicantOrganizationId)
          throw AppError.forbidden('只有申报单位可以上传附件', 'APPLICATION_FORBIDDEN');
        if (!isApplicationEditable(application.status, call.status))
          throw AppError.conflict('申报已提交或已截止，不能再修改附件', 'APPLICATION_NOT_EDITABLE');
        const saved = await this.repo.insertAttachment(m, {
          applicationId,
          fileKey: key,
          fileName: name,
          contentType: type,
          size: data.length,
          uploadedBy: actor.accountId,
        });
        await writeAudit(m, actor, {
          action: 'programme.attachment.add',
          entityType: 'programme_application',
          entityId: applicationId,
          after: { fileName: name, size: data.length },
        });
        return saved;
      });
    } catch (err) {
      await this.staging.discard(key);
      throw err;
    }
    await this.staging.keep(key);
    return row;
  }

  async remove(actor: Actor, attachmentId: string): Promise<boolean> {
    const att = isUuid(attachmentId) ? await this.repo.findAttachment(attachmentId) : null;
    if (!att) throw AppError.notFound('附件', 'APPLICATION_NOT_FOUND');
    await this.uow.run(async (m) => {
      const { application, call } = await this.steps.lock(m, att.applicationId);
      if (actor.role !== 'UNIT' || actor.organizationId !== application.applicantOrganizationId)
        throw AppError.forbidden('只有申报单位可以删除附件', 'APPLICATION_FORBIDDEN');
      if (!isApplicationEditable(application.status, call.status))
        throw AppError.conflict('申报已提交或已截止，不能再修改附件', 'APPLICATION_NOT_EDITABLE');
      await this.repo.deleteAttachment(m, att.id);
      await writeAudit(m, actor, {
        action: 'programme.attachment.remove',
        entityType: 'programme_application',
        entityId: application.id,
        before: { fileName: att.fileName },
      });
    });
    await this.files.delete(att.fileKey).catch(() => undefined);
    return true;
  }

  async download(
    actor: Actor,
    attachmentId: string,
  ): Promise<{ fileName: string; mimeType: string; content: Buffer }> {
    const att = isUuid(attachmentId) ? await this.repo.findAttachment(attachmentId) : null;
    if (!att) throw AppError.notFound('附件', 'APPLICATION_NOT_FOUND');
    await this.readable(actor, att.applicationId);
    const content = await this.files.get(att.fileKey);
    if (!content) throw AppError.notFound('附件文件', 'APPLICATION_NOT_FOUND');
    return { fileName: att.fileName, mimeType: att.contentType, content };
  }
}
