// Deterministic demo dataset: the same seed always yields the same organisations, accounts, experts and demands.
// Everything random goes through the seeded PRNG (seeded-rng.ts) — no Math.random, no clock, no I/O. The data
// tables live in data/, one file per topic (regions, units, employers, names, specialties, titles, demands).
import { buildServices } from './demo-services.js';
import { buildDemands } from './demo-demands.js';
import { buildProgramme } from './demo-programme.js';
import { buildExperts } from './demo-experts.js';
import { buildOrganizations } from './demo-organizations.js';
import { Rng } from './seeded-rng.js';
import { KEY_ASSISTANCE, PARTNER_CODES, PROVINCE_BUREAU, REGIONS, SHANGHAI } from './data/regions.js';
import type { DemoAccount, DemoDataset, DemoExpert } from './demo-data.types.js';

// ---------------------------------------------------------------------------------------------------------------
// Accounts (the `admin` account is created separately)
// ---------------------------------------------------------------------------------------------------------------

function buildAccounts(experts: DemoExpert[]): DemoAccount[] {
  const expertAccount = (username: string, index: number): DemoAccount => ({
    username,
    displayName: experts[index].name,
    role: 'EXPERT',
    regionCode: experts[index].regionCode,
    organizationKey: experts[index].employerKey,
    expertIndex: index,
  });
  return [
    {
      username: 'province',
      displayName: '市人社局专技处 王敏',
      role: 'PROVINCE',
      regionCode: SHANGHAI,
      organizationKey: PROVINCE_BUREAU,
    },
    {
      username: 'local',
      displayName: '金山区人社局 李静',
      role: 'LOCAL',
      regionCode: REGIONS.金山区,
      organizationKey: `bureau-${REGIONS.金山区}`,
    },
    {
      username: 'local2',
      displayName: '莎车县人社局 艾尔肯·吐尔逊',
      role: 'LOCAL',
      regionCode: REGIONS.莎车县,
      organizationKey: `bureau-${REGIONS.莎车县}`,
    },
    {
      username: 'unit',
      displayName: '廊下绿野蔬菜合作社 沈建国',
      role: 'UNIT',
      regionCode: REGIONS.金山区,
      organizationKey: 'unit-jinshan-langxia-veg',
    },
    {
      username: 'unit2',
      displayName: '荒地镇中心卫生院 古丽米拉·阿不都',
      role: 'UNIT',
      regionCode: REGIONS.莎车县,
      organizationKey: 'unit-shache-hc',
    },
    {
      // The host unit (依托单位) of the demo's approved programme team.
      username: 'host',
      displayName: '上海市农业科学院科研管理处 陈立华',
      role: 'UNIT',
      regionCode: REGIONS.奉贤区,
      organizationKey: 'emp-saas',
    },
    {
      // The district bureau that recommends the academy's applications.
      username: 'local3',
      displayName: '奉贤区人社局 张卫红',
      role: 'LOCAL',
      regionCode: REGIONS.奉贤区,
      organizationKey: `bureau-${REGIONS.奉贤区}`,
    },
    expertAccount('expert', 0),
    expertAccount('expert2', 1),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------------------

/** The demo dataset for `seed`; the same seed always yields a deep-equal result. */
export function generateDemoData(seed = 2026): DemoDataset {
  // Separate streams so that editing one part (e.g. adding a demand) does not reshuffle the others.
  const organizations = buildOrganizations(new Rng(seed ^ 0x0c0ffee));
  const experts = buildExperts(new Rng(seed ^ 0x5eed));
  const demands = buildDemands(new Rng(seed ^ 0xd3a7d));
  const services = buildServices(experts, organizations);
  const programme = buildProgramme(experts, services);
  return {
    keyAssistance: KEY_ASSISTANCE.map((k) => ({ ...k })),
    partnerships: PARTNER_CODES.map((servedCode) => ({ servingCode: SHANGHAI, servedCode })),
    organizations,
    accounts: buildAccounts(experts),
    experts,
    demands,
    services,
    programme,
  };
}
