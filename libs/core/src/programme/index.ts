import { ApplicationSteps } from './application-steps.js';
import { ProgrammeAttachmentService } from './programme-attachment.service.js';
import { ProgrammeBaseRepository } from './programme-base.repository.js';
import { ProgrammeBaseService } from './programme-base.service.js';
import { ProgrammeApplicationService } from './programme-application.service.js';
import { ProgrammeApplicationPdfService } from './programme-application-pdf.service.js';
import { ProgrammeCallService } from './programme-call.service.js';
import { ProgrammeListsService } from './programme-lists.service.js';
import { ProgrammeSelectionService } from './programme-selection.service.js';
import { ProgrammeRepository } from './programme.repository.js';
import { ProgrammeTeamRepository } from './programme-team.repository.js';
import { ProgrammeTeamService } from './programme-team.service.js';
import { ProgrammeOfferRepository } from './programme-offer.repository.js';
import { ProgrammeOfferService } from './programme-offer.service.js';
import { ProgrammeYearEndJob } from './programme-year-end.job.js';
import { ProgrammeYearEndService } from './programme-year-end.service.js';

export * from './programme.entities.js';
export * from './programme-access.js';
export { ProgrammeRepository } from './programme.repository.js';
export * from './programme-call.service.js';
export * from './programme-application.service.js';
export * from './programme-application-pdf.service.js';
export * from './programme-selection.service.js';
export * from './programme-lists.service.js';
export * from './programme-attachment.service.js';
export * from './programme-base.service.js';
export * from './programme-team.service.js';
export * from './programme-offer.service.js';
export * from './programme-year-end.service.js';
export type { OfferRow, OfferOwner } from './programme-offer.repository.js';
export type { ApprovedTeamRow } from './programme-team.repository.js';

/** The programme year's repository, steps and services, for CoreModule. */
export const PROGRAMME_PROVIDERS = [
  ProgrammeRepository,
  ApplicationSteps,
  ProgrammeCallService,
  ProgrammeApplicationService,
  ProgrammeApplicationPdfService,
  ProgrammeSelectionService,
  ProgrammeListsService,
  ProgrammeAttachmentService,
  ProgrammeBaseRepository,
  ProgrammeBaseService,
  ProgrammeTeamRepository,
  ProgrammeTeamService,
  ProgrammeOfferRepository,
  ProgrammeOfferService,
  ProgrammeYearEndService,
  ProgrammeYearEndJob,
];
