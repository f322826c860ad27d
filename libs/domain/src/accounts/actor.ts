import type { Role } from '../catalog/catalog.js';

/** Who is acting: the signed-in account, as the services see it. */
export interface Actor {
  accountId: string;
  username: string;
  role: Role;
  /** LOCAL: the bureau's region; PROVINCE: the province. */
  regionCode?: string | null;
  /** UNIT (and LOCAL/PROVINCE bureaus): the account's organisation. */
  organizationId?: string | null;
  /** EXPERT: the linked expert. */
  expertId?: string | null;
  /** PROVINCE: regions of partner provinces it serves (对口帮扶), besides its own province. */
  partnerRegionCodes?: readonly string[];
}

/** The system itself (start-up seeding, jobs): audited under this name. */
export const SYSTEM_ACTOR: Actor = {
  accountId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  role: 'ADMIN',
};

export const USERNAME_PATTERN = /^[a-zA-Z0-9_.-]{3,32}$/;

/** Password rule for accounts people create (the generated admin password always passes). */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return '密码至少需要 8 位';
  if (password.length > 128) return '密码不能超过 128 位';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码需同时包含字母和数字';
  return null;
}
