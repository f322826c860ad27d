// GB/T 2260 administrative codes: 6 digits, PPCCDD. A province ends in 0000, a city (地级) in 00.
import type { RegionLevel } from '../catalog/catalog.js';

const CODE = /^\d{6}$/;

export function isRegionCode(code: string): boolean {
  return CODE.test(code) && code.slice(0, 2) !== '00';
}

export function regionLevelOf(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/** The code prefix shared by every region in the subtree rooted at `code`. */
export function regionPrefix(code: string): string {
  const level = regionLevelOf(code);
  return level === 'PROVINCE' ? code.slice(0, 2) : level === 'CITY' ? code.slice(0, 4) : code;
}

/**
 * True when `code` is `ancestor` or lies below it. The one subtree check every feature uses
 * (a LOCAL bureau of 310000 sees 310104; a bureau of 310104 does not see 310105).
 */
export function regionContains(ancestor: string, code: string): boolean {
  if (!isRegionCode(ancestor) || !isRegionCode(code)) return false;
  return code.startsWith(regionPrefix(ancestor));
}

export function provinceOf(code: string): string {
  return code.slice(0, 2) + '0000';
}

export function cityOf(code: string): string {
  return code.slice(0, 4) + '00';
}

/** Municipalities directly under the central government have no 地级 level of their own. */
export const MUNICIPALITY_PREFIXES = Object.freeze(['11', '12', '31', '50']);
