// Onboarding without the admin (#13): a unit's self-registration, checked here, and the one-time codes an expert
// claims a library record with. Pure rules; the services keep the state.
import { creditCodeProblem } from '../organizations/organization-rules.js';
import { MOBILE } from '../experts/expert-rules.js';
import { USERNAME_PATTERN, passwordProblem } from './actor.js';

export const ONE_TIME_CODE = {
  /** Digits of a code. */
  length: 6,
  /** A code sent on request lives this long. */
  ttlSeconds: 10 * 60,
  /** A code sent with a bureau's invitation lives this long. */
  inviteTtlSeconds: 7 * 24 * 3600,
  /** Wrong tries before the code is spent. */
  maxAttempts: 5,
  /** A new code for the same mobile is sent at most this often. */
  resendSeconds: 60,
} as const;

export const CODE_PURPOSES = ['EXPERT_CLAIM', 'EXPERT_INVITE'] as const;
export type CodePurpose = (typeof CODE_PURPOSES)[number];

export const REGISTRATION_STATUS_LABELS = {
  PENDING: '待审核',
  APPROVED: '已通过',
  REJECTED: '未通过',
} as const;
export type RegistrationStatus = keyof typeof REGISTRATION_STATUS_LABELS;

export interface RegistrationDraft {
  name: string;
  creditCode: string;
  regionCode: string;
  contactName: string;
  mobile: string;
  username: string;
  password: string;
}

/** The draft as it will be stored: trimmed, USCC upper-cased. */
export function normaliseRegistration(d: RegistrationDraft): RegistrationDraft {
  return {
    name: (d.name ?? '').trim(),
    creditCode: (d.creditCode ?? '').trim().toUpperCase(),
    regionCode: (d.regionCode ?? '').trim(),
    contactName: (d.contactName ?? '').trim(),
    mobile: (d.mobile ?? '').replace(/[\s-]/g, ''),
    username: (d.username ?? '').trim(),
    password: d.password ?? '',
  };
}

/** Problems of a normalised registration, by field, in words a clerk can act on; empty when valid. */
export function registrationProblems(d: RegistrationDraft): Record<string, string> {
  const p: Record<string, string> = {};
  if (!d.name) p.name = '请填写单位名称';
  else if (d.name.length > 200) p.name = '单位名称不能超过 200 个字';
  const credit = d.creditCode ? creditCodeProblem(d.creditCode) : '请填写统一社会信用代码';
  if (credit) p.creditCode = credit;
  if (!/^\d{6}$/.test(d.regionCode)) p.regionCode = '请选择单位所在地区';
  if (!d.contactName) p.contactName = '请填写联系人';
  else if (d.contactName.length > 32) p.contactName = '联系人不能超过 32 个字';
  if (!MOBILE.test(d.mobile)) p.mobile = '请填写 11 位手机号码';
  if (!USERNAME_PATTERN.test(d.username)) p.username = '用户名须为 3–32 位字母、数字、下划线、点或短横线';
  const pw = passwordProblem(d.password);
  if (pw) p.password = pw;
  return p;
}

export function isMobile(text: string): boolean {
  return MOBILE.test(text);
}

/** Why a rejection reason is not acceptable, or null. */
export function rejectionReasonProblem(reason: string | null | undefined): string | null {
  const r = (reason ?? '').trim();
  if (!r) return '请填写不通过的原因，申请单位会看到它';
  if (r.length > 200) return '原因不能超过 200 个字';
  return null;
}
