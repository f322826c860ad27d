// Grassroots units (基层单位) that write the demo demands.
import type { RegionName } from './regions.js';

/** Registration type of a unit, used for the first two characters of its 统一社会信用代码. */
export type UnitRegistration = 'COMPANY' | 'COOPERATIVE' | 'PUBLIC_INSTITUTION' | 'VILLAGE';

export interface UnitSpec {
  key: string;
  name: string;
  region: RegionName;
  registration: UnitRegistration;
  /** The clerk who writes the unit's demands. */
  contact: string;
}

export const UNITS: UnitSpec[] = [
  // 金山区 (the `local` demo bureau)
  {
    key: 'unit-jinshan-langxia-veg',
    name: '上海金山区廊下镇绿野蔬菜专业合作社',
    region: '金山区',
    registration: 'COOPERATIVE',
    contact: '沈建国',
  },
  {
    key: 'unit-jinshan-zhujing-chc',
    name: '上海市金山区朱泾社区卫生服务中心',
    region: '金山区',
    registration: 'PUBLIC_INSTITUTION',
    contact: '顾晓燕',
  },
  {
    key: 'unit-jinshan-chem',
    name: '上海金泓精细化工有限公司',
    region: '金山区',
    registration: 'COMPANY',
    contact: '陆伟明',
  },
  {
    key: 'unit-jinshan-zhonghong',
    name: '金山区枫泾镇中洪村村民委员会',
    region: '金山区',
    registration: 'VILLAGE',
    contact: '曹秀英',
  },
  // other Shanghai districts
  {
    key: 'unit-chongming-crab',
    name: '上海崇明瀛东水产养殖有限公司',
    region: '崇明区',
    registration: 'COMPANY',
    contact: '黄卫东',
  },
  {
    key: 'unit-chongming-school',
    name: '上海市崇明区堡镇中学',
    region: '崇明区',
    registration: 'PUBLIC_INSTITUTION',
    contact: '施惠芳',
  },
  {
    key: 'unit-fengxian-peach',
    name: '上海奉贤庄行黄桃种植专业合作社',
    region: '奉贤区',
    registration: 'COOPERATIVE',
    contact: '朱永林',
  },
  {
    key: 'unit-fengxian-chc',
    name: '上海市奉贤区奉浦街道社区卫生服务中心',
    region: '奉贤区',
    registration: 'PUBLIC_INSTITUTION',
    contact: '蒋丽华',
  },
  {
    key: 'unit-songjiang-pig',
    name: '上海松江泖港生猪养殖专业合作社',
    region: '松江区',
    registration: 'COOPERATIVE',
    contact: '张国平',
  },
  {
    key: 'unit-qingpu-caibang',
    name: '青浦区金泽镇蔡浜村村民委员会',
    region: '青浦区',
    registration: 'VILLAGE',
    contact: '徐根娣',
  },
  {
    key: 'unit-pudong-machinery',
    name: '上海临港精工机械有限公司',
    region: '浦东新区',
    registration: 'COMPANY',
    contact: '王志刚',
  },
  // 喀什地区
  {
    key: 'unit-shache-hc',
    name: '莎车县荒地镇中心卫生院',
    region: '莎车县',
    registration: 'PUBLIC_INSTITUTION',
    contact: '古丽米拉·阿不都',
  },
  {
    key: 'unit-shache-almond',
    name: '莎车县恰热克镇巴旦木种植专业合作社',
    region: '莎车县',
    registration: 'COOPERATIVE',
    contact: '买买提·吐尔逊',
  },
  {
    key: 'unit-shache-school',
    name: '莎车县第二中学',
    region: '莎车县',
    registration: 'PUBLIC_INSTITUTION',
    contact: '李红梅',
  },
  {
    key: 'unit-yecheng-walnut',
    name: '叶城县依力克其乡核桃种植专业合作社',
    region: '叶城县',
    registration: 'COOPERATIVE',
    contact: '艾合买提·热西提',
  },
  {
    key: 'unit-zepu-jujube',
    name: '泽普县波斯喀木乡红枣种植专业合作社',
    region: '泽普县',
    registration: 'COOPERATIVE',
    contact: '阿不都热合曼·艾买提',
  },
  {
    key: 'unit-bachu-sheep',
    name: '巴楚县多浪羊养殖专业合作社',
    region: '巴楚县',
    registration: 'COOPERATIVE',
    contact: '吐尔洪·麦麦提',
  },
  // 云南
  {
    key: 'unit-lancang-tea',
    name: '澜沧县惠民镇景迈山古茶专业合作社',
    region: '澜沧县',
    registration: 'COOPERATIVE',
    contact: '岩温',
  },
  {
    key: 'unit-yuanyang-azheke',
    name: '元阳县新街镇阿者科村村民委员会',
    region: '元阳县',
    registration: 'VILLAGE',
    contact: '卢朝贵',
  },
  {
    key: 'unit-lvchun-hc',
    name: '绿春县牛孔镇中心卫生院',
    region: '绿春县',
    registration: 'PUBLIC_INSTITUTION',
    contact: '白忠明',
  },
  {
    key: 'unit-guangnan-rice',
    name: '广南县八宝镇八宝米种植专业合作社',
    region: '广南县',
    registration: 'COOPERATIVE',
    contact: '农正华',
  },
  {
    key: 'unit-xichou-school',
    name: '西畴县第一中学',
    region: '西畴县',
    registration: 'PUBLIC_INSTITUTION',
    contact: '刘家富',
  },
];
