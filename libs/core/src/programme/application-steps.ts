// One step of an application's state machine inside the caller's unit of work: lock the row, check the step
// against APPLICATION_TRANSITIONS (relation, state, call state, note), write the change, its history row and
// the audit entry. The use cases (apply, recommend, select) add their own rules around it.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, applicationTransition, isUuid, type Actor, type ApplicationAction } from '@app/domain';
import { Clock, pgErrorCode, writeAudit } from '@app/platform';
import { applicationRelation } from './programme-access.js';
import type { ProgrammeApplicationEntity, ProgrammeCallEntity } from './programme.entities.js';
import { ProgrammeRepository } from './programme.repository.js';

export interface Locked {
  application: ProgrammeApplicationEntity;
  call: ProgrammeCallEntity;
}

@Injectable()
export class ApplicationSteps {
  constructor(
    private readonly repo: ProgrammeRepository,
    private readonly clock: Clock,
  ) {}

  /** The application and its call, the application locked for the rest of the transaction. */
  async lock(m: EntityManager, id: string): Promise<Locked> {
    const application = isUuid(id) ? await this.repo.lockApplication(m, id) : null;
    if (!application) throw AppError.notFound('项目申报', 'APPLICATION_NOT_FOUND');
    const call = (await this.repo.findCall(application.callId, m))!;
    return { application, call };
  }

  /** Takes `action`, with `changes` written in the same update. */
  async take(
    m: EntityManager,
    actor: Actor,
    { application, call }: Locked,
    action: ApplicationAction,
    note: string | null | undefined,
    changes: Partial<ProgrammeApplicationEntity> = {},
  ): Promise<ProgrammeApplicationEntity> {
    const relation = applicationRelation(actor, application);
    if (relation === 'NONE') throw AppError.forbidden('您无权处理该申报', 'APPLICATION_FORBIDDEN');
    const r = applicationTransition(action, application.status, relation, call.status, note);
    if (!r.ok) {
      if (r.kind === 'FORBIDDEN') throw AppError.forbidden(r.message, 'APPLICATION_FORBIDDEN');
      if (r.kind === 'CONFLICT') throw AppError.conflict(r.message, 'APPLICATION_TRANSITION_CONFLICT');
      throw AppError.badInput(r.message, { note: r.message });
    }
    const text = note?.trim() || null;
    const all: Partial<ProgrammeApplicationEntity> = { ...changes, status: r.to };
    try {
      // A savepoint, so that the partial unique index's refusal leaves the transaction usable for the error.
      await m.transaction(async (inner) => this.repo.updateApplication(inner, application.id, all));
    } catch (err) {
      if (pgErrorCode(err) === '23505')
        throw AppError.conflict(
          '本部门（区）今年已推荐 1 个项目或基地，每个部门每年只能推荐 1 个',
          'RECOMMENDER_QUOTA_USED',
        );
      throw err;
    }
    await this.repo.addHistory(m, {
      applicationId: application.id,
      action,
      fromStatus: application.status,
      toStatus: r.to,
      note: text,
      actorId: actor.accountId === '00000000-0000-0000-0000-000000000000' ? null : actor.accountId,
      at: this.clock.now(),
    });
    await writeAudit(m, actor, {
      action: `programme.application.${action}`,
      entityType: 'programme_application',
      entityId: application.id,
      before: { status: application.status },
      after: { status: r.to, note: text, ...changes },
    });
    return { ...application, ...all, version: application.version + 1 };
  }
}
