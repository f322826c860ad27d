// Providers of the admin console, onboarding and the working calendar (#13), listed once for core.module.ts.
import { CalendarRepository } from './calendar/calendar.repository.js';
import { CalendarService } from './calendar/calendar.service.js';

export const ADMIN_ONBOARDING_SERVICES = [CalendarRepository, CalendarService];
