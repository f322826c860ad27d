// Entities of the admin console, onboarding and the working calendar (#13), listed once for entities.ts.
import { CalendarDayEntity } from './calendar/calendar-day.entity.js';
import {
  ExpertClaimInvitationEntity,
  OneTimeCodeEntity,
  UnitRegistrationEntity,
} from './onboarding/onboarding.entities.js';

export const ADMIN_ONBOARDING_ENTITIES = [
  CalendarDayEntity,
  UnitRegistrationEntity,
  OneTimeCodeEntity,
  ExpertClaimInvitationEntity,
];
