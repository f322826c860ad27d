// Resolvers and controllers of the admin console, onboarding and the working calendar (#13), listed once for api.module.ts.
import { CalendarResolver } from './calendar/calendar.resolver.js';

export const ADMIN_ONBOARDING_RESOLVERS = [CalendarResolver];
export const ADMIN_ONBOARDING_CONTROLLERS: (new (...args: never[]) => unknown)[] = [];
