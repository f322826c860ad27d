// Demo organisations: bureaus, grassroots units (with a 统一社会信用代码 when registered) and employers of experts.
import { USCC_CHARSET, usccCheckChar } from '@app/domain';
import type { DemoOrganization } from './demo-data.types.js';
import type { Rng } from './seeded-rng.js';
import { BUREAUS, REGIONS } from './data/regions.js';
import { EMPLOYERS } from './data/employers.js';
import { UNITS, type UnitRegistration } from './data/units.js';

// 统一社会信用代码 (GB 32100): 登记管理部门+机构类别 (2) + 行政区划 (6) + 组织机构代码 (9) + 校验码 (1).
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const REGISTRATION_PREFIX: Record<Exclude<UnitRegistration, 'VILLAGE'>, string> = {
  COMPANY: '91',
  COOPERATIVE: '93',
  PUBLIC_INSTITUTION: '12',
};

/** Check character of a 组织机构代码 body of 8 characters (GB 11714). */
function orgCodeCheck(body: string): string {
  const sum = [...body].reduce((acc, ch, i) => acc + parseInt(ch, 36) * ORG_CODE_WEIGHTS[i], 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

function creditCode(rng: Rng, registration: UnitRegistration, regionCode: string): string | undefined {
  if (registration === 'VILLAGE') return undefined;
  const body =
    registration === 'PUBLIC_INSTITUTION'
      ? rng.digits(8)
      : 'MA' + Array.from({ length: 6 }, () => rng.pick([...USCC_CHARSET])).join('');
  const first17 = REGISTRATION_PREFIX[registration] + regionCode + body + orgCodeCheck(body);
  return first17 + usccCheckChar(first17);
}

export function buildOrganizations(rng: Rng): DemoOrganization[] {
  const bureaus = BUREAUS.map((b): DemoOrganization => ({ ...b, kind: 'BUREAU' }));
  const units = UNITS.map((u): DemoOrganization => {
    const regionCode = REGIONS[u.region];
    const code = creditCode(rng, u.registration, regionCode);
    return { key: u.key, name: u.name, kind: 'UNIT', regionCode, ...(code ? { creditCode: code } : {}) };
  });
  const employers = EMPLOYERS.map((e): DemoOrganization => ({
    key: e.key,
    name: e.name,
    kind: 'EMPLOYER',
    regionCode: REGIONS[e.region],
  }));
  return [...bureaus, ...units, ...employers];
}
