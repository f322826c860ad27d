// Rules about organisations: when two names are the same organisation (回避: an expert is not sent to the unit
// that employs them), and the 统一社会信用代码 with its check character (GB 32100-2015).
import { ORGANIZATION_KINDS } from '../catalog/catalog.js';
import { InputErrors } from '../errors.js';

/**
 * A name as compared: NFKC (full-width letters, digits and brackets become half-width), no white space, and
 * either kind of bracket the same.
 */
export function normalizeOrganizationName(name: string | null | undefined): string {
  return (name ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');
}

/** Do two names name the same organisation? Empty names never match. */
export function sameOrganizationName(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normalizeOrganizationName(a);
  return x !== '' && x === normalizeOrganizationName(b);
}

/**
 * 回避: does the expert work for the unit that ordered the demand — the same organisation record, or an employer
 * of the same name (the library's employers and the units are separate records)?
 */
export function isConflictOfInterest(
  expert: { employerId: string | null | undefined; employerName: string | null | undefined },
  unit: { id: string; name: string | null | undefined },
): boolean {
  return (
    (!!expert.employerId && expert.employerId === unit.id) ||
    sameOrganizationName(expert.employerName, unit.name)
  );
}

/** The characters of a 统一社会信用代码: digits and capital letters without I, O, S, V, Z. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^i mod 31, the weights of the first 17 characters. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** 登记管理部门 + 机构类别 (2) + 行政区划 (6 digits) + 组织机构代码 (9) + 校验码 (1). */
const USCC_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character (the 18th) of the first 17 characters of a 统一社会信用代码. */
export function usccCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + USCC_CHARSET.indexOf(ch) * USCC_WEIGHTS[i]!, 0);
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Why a 统一社会信用代码 (already trimmed and upper-cased) is not valid, in Chinese, or null. */
export function creditCodeProblem(code: string): string | null {
  if (!USCC_FORMAT.test(code)) return '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）';
  if (code[17] !== usccCheckChar(code.slice(0, 17)))
    return '统一社会信用代码校验位不正确，请核对营业执照或登记证书后重新填写';
  return null;
}

/**
 * An organisation as a person typed it (registering or editing): the name trimmed, the credit code trimmed and
 * upper-cased with its check character verified, the kind known — or BAD_USER_INPUT with the problems by field.
 */
export function checkOrganizationInput(input: {
  name?: string | null;
  creditCode?: string | null;
  kind: string;
}): { name: string; creditCode: string | null } {
  const name = (input.name ?? '').trim();
  const creditCode = input.creditCode?.trim().toUpperCase() || null;
  const creditProblem = creditCode === null ? null : creditCodeProblem(creditCode);
  new InputErrors()
    .check(name.length > 0, 'name', '请填写机构名称')
    .check(name.length <= 200, 'name', '机构名称不能超过 200 个字')
    .check((ORGANIZATION_KINDS as readonly string[]).includes(input.kind), 'kind', '机构类型无效')
    .check(creditProblem === null, 'creditCode', creditProblem ?? '')
    .throwIfAny();
  return { name, creditCode };
}
