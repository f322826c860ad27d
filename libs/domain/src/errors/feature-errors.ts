// Every reason an AppError may carry, declared per feature with its kind (twenty's exception codes): the kind of a
// reason is decided here and nowhere else, so a reason means the same to every client wherever it is thrown.
// Choices where the code disagreed with itself before: DEMAND_NOT_EDITABLE is CONFLICT (the demand's state; who
// may edit at all is DEMAND_EDIT_FORBIDDEN), ACCOUNT_INACTIVE is FORBIDDEN at sign-in while a token of a deactivated
// account is SESSION_ACCOUNT_INACTIVE (UNAUTHENTICATED: sign in again), EXPERT_NOT_FOUND is NOT_FOUND while an
// expert picked in the dispatch form that does not exist is DISPATCH_EXPERT_UNKNOWN (BAD_USER_INPUT on the field),
// and a refused demand transition says which refusal it is (FORBIDDEN, CONFLICT, or a missing reason).
import type { ReasonCatalog } from './error-kind.js';

/** Reasons any feature may use. */
export const COMMON_ERRORS = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  /** An argument refused at the API boundary (input guard). */
  INVALID_ARGUMENT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  ROLE_NOT_ALLOWED: 'FORBIDDEN',
  OUT_OF_SCOPE: 'FORBIDDEN',
  REGION_OUT_OF_SCOPE: 'FORBIDDEN',
  REGION_NOT_FOUND: 'NOT_FOUND',
} as const satisfies ReasonCatalog;

export const ACCOUNT_ERRORS = {
  ACCOUNT_NOT_FOUND: 'NOT_FOUND',
  ACCOUNT_USERNAME_TAKEN: 'CONFLICT',
  WRONG_PASSWORD: 'BAD_USER_INPUT',
  LOGIN_FAILED: 'UNAUTHENTICATED',
  LOGIN_THROTTLED: 'TOO_MANY_REQUESTS',
  ACCOUNT_INACTIVE: 'FORBIDDEN',
  SESSION_ACCOUNT_INACTIVE: 'UNAUTHENTICATED',
  TOKEN_INVALID: 'UNAUTHENTICATED',
  TOKEN_REVOKED: 'UNAUTHENTICATED',
} as const satisfies ReasonCatalog;

export const ORGANIZATION_ERRORS = {
  ORGANIZATION_NOT_FOUND: 'NOT_FOUND',
  ORGANIZATION_EXISTS: 'CONFLICT',
  ORGANIZATION_CREDIT_CODE_TAKEN: 'CONFLICT',
  ORGANIZATION_CREDIT_CODE_INVALID: 'BAD_USER_INPUT',
} as const satisfies ReasonCatalog;

export const EXPERT_ERRORS = {
  EXPERT_NOT_FOUND: 'NOT_FOUND',
  EXPERT_OUT_OF_SCOPE: 'FORBIDDEN',
  EXPERT_VERSION_CONFLICT: 'CONFLICT',
  EXPORT_IN_PROGRESS: 'CONFLICT',
  EXPORT_NOT_FOUND: 'NOT_FOUND',
  EXPORT_NOT_OWNER: 'FORBIDDEN',
  EXPORT_TOO_LARGE: 'BAD_USER_INPUT',
  FILE_EXPIRED: 'NOT_FOUND',
  LINK_EXPIRED: 'FORBIDDEN',
  LINK_INVALID: 'FORBIDDEN',
  IMPORT_NOT_FOUND: 'NOT_FOUND',
  IMPORT_NOT_OWNER: 'FORBIDDEN',
} as const satisfies ReasonCatalog;

export const DEMAND_ERRORS = {
  DEMAND_NOT_FOUND: 'NOT_FOUND',
  DEMAND_OUT_OF_SCOPE: 'FORBIDDEN',
  DEMAND_EDIT_FORBIDDEN: 'FORBIDDEN',
  DEMAND_NOT_EDITABLE: 'CONFLICT',
  DEMAND_TRANSITION_FORBIDDEN: 'FORBIDDEN',
  DEMAND_TRANSITION_CONFLICT: 'CONFLICT',
  DEMAND_REASON_REQUIRED: 'BAD_USER_INPUT',
  DEMAND_MERGE_TARGET_INVALID: 'CONFLICT',
} as const satisfies ReasonCatalog;

export const MATCHING_ERRORS = {
  DEMAND_NOT_MATCHABLE: 'CONFLICT',
  DEMAND_NOT_OPEN: 'CONFLICT',
  VOLUNTEER_DUPLICATE: 'CONFLICT',
  VOLUNTEER_NOT_ELIGIBLE: 'CONFLICT',
} as const satisfies ReasonCatalog;

export const DISPATCH_ERRORS = {
  TEAM_NOT_FOUND: 'NOT_FOUND',
  TEAM_OUT_OF_SCOPE: 'FORBIDDEN',
  TEAM_CLOSED: 'CONFLICT',
  TEAM_PERIOD_MISMATCH: 'BAD_USER_INPUT',
  DEMAND_NOT_DISPATCHABLE: 'CONFLICT',
  DISPATCH_EXPERT_UNKNOWN: 'BAD_USER_INPUT',
  EXPERT_INACTIVE: 'BAD_USER_INPUT',
  EXPERT_CONFLICT_OF_INTEREST: 'BAD_USER_INPUT',
  EXPERT_ALREADY_ON_TEAM: 'BAD_USER_INPUT',
  EXPERT_DOUBLE_BOOKED: 'CONFLICT',
  ASSIGNMENT_NOT_FOUND: 'NOT_FOUND',
  ASSIGNMENT_NOT_YOURS: 'FORBIDDEN',
  ASSIGNMENT_NOT_PENDING: 'CONFLICT',
  ASSIGNMENT_NOT_WITHDRAWABLE: 'CONFLICT',
  ASSIGNMENT_NOT_REPLACEABLE: 'CONFLICT',
  INVITATION_REASON_REQUIRED: 'BAD_USER_INPUT',
  INVITATION_STALE: 'CONFLICT',
} as const satisfies ReasonCatalog;

export const SERVICE_ERRORS = {
  BATCH_NOT_FOUND: 'NOT_FOUND',
  BATCH_FORBIDDEN: 'FORBIDDEN',
  BATCH_CLOSED: 'CONFLICT',
  BATCH_STALE: 'CONFLICT',
  SERVICE_DAYS_SHORT: 'CONFLICT',
  COMPLETION_OVERRIDE_FORBIDDEN: 'FORBIDDEN',
  DEMAND_NOT_DELIVERED: 'CONFLICT',
  EVALUATION_FORBIDDEN: 'FORBIDDEN',
  ALREADY_EVALUATED: 'CONFLICT',
  FOLLOW_UP_NOT_FOUND: 'NOT_FOUND',
  FOLLOW_UP_FORBIDDEN: 'FORBIDDEN',
  FOLLOW_UP_ANSWERED: 'CONFLICT',
  FOLLOW_UP_NOT_DUE: 'CONFLICT',
  FUNDING_FORBIDDEN: 'FORBIDDEN',
  EXPENSE_NOT_FOUND: 'NOT_FOUND',
  OVER_BUDGET: 'BAD_USER_INPUT',
  SERVICE_RECORD_FORBIDDEN: 'FORBIDDEN',
  CERTIFICATE_FORBIDDEN: 'FORBIDDEN',
  NO_SERVICE: 'CONFLICT',
  SURVEY_FORBIDDEN: 'FORBIDDEN',
  ANNEX3_FORBIDDEN: 'FORBIDDEN',
} as const satisfies ReasonCatalog;

export const LEXICON_ERRORS = {
  LEXICON_ENTRY_NOT_FOUND: 'NOT_FOUND',
  LEXICON_ENTRY_EXISTS: 'CONFLICT',
  LEXICON_ENTRY_CHANGED: 'CONFLICT',
  LEXICON_ENTRY_BUILTIN: 'BAD_USER_INPUT',
} as const satisfies ReasonCatalog;

/** The admin console and onboarding (#13): registrations, one-time codes, expert claims, merges. */
export const ONBOARDING_ERRORS = {
  EXPERT_ALREADY_BOUND: 'CONFLICT',
  ORGANIZATION_MERGE_CONFLICT: 'CONFLICT',
  REGISTRATION_PENDING: 'FORBIDDEN',
  REGISTRATION_REJECTED: 'FORBIDDEN',
  REGISTRATION_NOT_FOUND: 'NOT_FOUND',
  REGISTRATION_DECIDED: 'CONFLICT',
  REGISTRATION_EXISTS: 'CONFLICT',
  CODE_INVALID: 'BAD_USER_INPUT',
  CODE_THROTTLED: 'TOO_MANY_REQUESTS',
  CLAIM_NO_EXPERT: 'BAD_USER_INPUT',
} as const satisfies ReasonCatalog;

/** Every feature's catalog, by feature (a reason is declared in exactly one). */
export const FEATURE_ERRORS = {
  common: COMMON_ERRORS,
  accounts: ACCOUNT_ERRORS,
  organizations: ORGANIZATION_ERRORS,
  experts: EXPERT_ERRORS,
  demands: DEMAND_ERRORS,
  matching: MATCHING_ERRORS,
  dispatch: DISPATCH_ERRORS,
  service: SERVICE_ERRORS,
  lexicon: LEXICON_ERRORS,
  onboarding: ONBOARDING_ERRORS,
} as const;

export type CommonErrorReason = keyof typeof COMMON_ERRORS;
export type AccountErrorReason = keyof typeof ACCOUNT_ERRORS;
export type OrganizationErrorReason = keyof typeof ORGANIZATION_ERRORS;
export type ExpertErrorReason = keyof typeof EXPERT_ERRORS;
export type DemandErrorReason = keyof typeof DEMAND_ERRORS;
export type MatchingErrorReason = keyof typeof MATCHING_ERRORS;
export type DispatchErrorReason = keyof typeof DISPATCH_ERRORS;
export type ServiceErrorReason = keyof typeof SERVICE_ERRORS;
export type LexiconErrorReason = keyof typeof LEXICON_ERRORS;
export type OnboardingErrorReason = keyof typeof ONBOARDING_ERRORS;

/** The one mapping: every declared reason and its kind. */
export const ERROR_REASONS = {
  ...COMMON_ERRORS,
  ...ACCOUNT_ERRORS,
  ...ORGANIZATION_ERRORS,
  ...EXPERT_ERRORS,
  ...DEMAND_ERRORS,
  ...MATCHING_ERRORS,
  ...DISPATCH_ERRORS,
  ...SERVICE_ERRORS,
  ...LEXICON_ERRORS,
  ...ONBOARDING_ERRORS,
} as const;

export type ErrorReason = keyof typeof ERROR_REASONS;

/** The reasons of one kind (what `AppError.conflict` and friends accept). */
export type ReasonOfKind<K> = {
  [R in ErrorReason]: (typeof ERROR_REASONS)[R] extends K ? R : never;
}[ErrorReason];
