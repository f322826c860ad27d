// Names of demo people, with the pinyin used for e-mail addresses.
import type { Gender } from '@app/domain';

/** Parses 'name:pinyin name:pinyin …' into pairs. */
function pairs(text: string): [string, string][] {
  return text
    .trim()
    .split(/\s+/)
    .map((entry) => entry.split(':') as [string, string]);
}

/** Surnames in rough order of frequency (the first ones are drawn more often). */
export const SURNAMES = pairs(`
  王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou
  徐:xu 孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo
  郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao
  彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 袁:yuan 潘:pan 于:yu 蒋:jiang 蔡:cai
  余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei 吕:lv 丁:ding 任:ren 沈:shen
  姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang 范:fan 金:jin
  石:shi 廖:liao 贾:jia 夏:xia 韦:wei 方:fang 白:bai 邹:zou 孟:meng 熊:xiong
  秦:qin 邱:qiu 江:jiang 尹:yin 薛:xue 段:duan 雷:lei 侯:hou 龙:long 史:shi
  陶:tao 黎:li 贺:he 顾:gu 毛:mao 郝:hao 龚:gong 邵:shao 万:wan 钱:qian
  严:yan 戴:dai 莫:mo 孔:kong 汤:tang 施:shi 倪:ni 钮:niu 葛:ge 瞿:qu
`);

export const MALE_GIVEN = pairs(`
  伟:wei 磊:lei 勇:yong 军:jun 杰:jie 涛:tao 斌:bin 强:qiang 鹏:peng 辉:hui 刚:gang 峰:feng 健:jian 昊:hao
  建华:jianhua 建国:jianguo 志强:zhiqiang 志刚:zhigang 国平:guoping 永康:yongkang 海涛:haitao 文斌:wenbin
  晓东:xiaodong 立新:lixin 振宇:zhenyu 明辉:minghui 建军:jianjun 德胜:desheng 宏伟:hongwei 学军:xuejun
  俊杰:junjie 家豪:jiahao 子健:zijian 浩然:haoran 一鸣:yiming 宇航:yuhang 晨阳:chenyang 思远:siyuan
  卫东:weidong 春生:chunsheng 国庆:guoqing 光明:guangming 庆华:qinghua 振华:zhenhua 荣辉:ronghui 长青:changqing
  耀祖:yaozu 永明:yongming 海军:haijun 云峰:yunfeng 正阳:zhengyang 文博:wenbo 天翔:tianxiang 嘉伟:jiawei
  少华:shaohua 启明:qiming 宗翰:zonghan 亦凡:yifan 博文:bowen 君浩:junhao 旭东:xudong 骏:jun 彬:bin
`);

export const FEMALE_GIVEN = pairs(`
  芳:fang 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 燕:yan 玲:ling 婷:ting 颖:ying 洁:jie 琳:lin 雯:wen
  丽华:lihua 秀英:xiuying 晓燕:xiaoyan 玉兰:yulan 海燕:haiyan 桂芳:guifang 红梅:hongmei 慧敏:huimin
  雪梅:xuemei 佳怡:jiayi 雨欣:yuxin 思琪:siqi 欣怡:xinyi 梦瑶:mengyao 诗涵:shihan 晓雯:xiaowen
  丽萍:liping 春燕:chunyan 美玲:meiling 文静:wenjing 淑贞:shuzhen 凤英:fengying 建英:jianying 秀兰:xiulan
  晓红:xiaohong 亚男:yanan 珊珊:shanshan 婉清:wanqing 蕾:lei 倩:qian 璐:lu 瑾:jin 懿:yi 萱:xuan
  月华:yuehua 素琴:suqin 惠芳:huifang 晶晶:jingjing 佳琪:jiaqi 雅琴:yaqin 宁:ning 蓓:bei 菁:jing 昕:xin
`);

/** Experts of the Xinjiang employers: full names (Uyghur names are written with the dot separator). */
export const UYGHUR_NAMES: [string, Gender, string][] = [
  ['阿不都热依木·买买提', 'MALE', 'abdurehim.mamat'],
  ['买买提江·吐尔逊', 'MALE', 'mamatjan.tursun'],
  ['艾尔肯·热合曼', 'MALE', 'erkin.rahman'],
  ['努尔艾力·库尔班', 'MALE', 'nurali.kurban'],
  ['阿布力克木·艾海提', 'MALE', 'ablikim.ahat'],
  ['热依拉·阿不力孜', 'FEMALE', 'reyila.abliz'],
  ['古丽娜尔·买买提', 'FEMALE', 'gulnar.mamat'],
  ['迪丽努尔·艾力', 'FEMALE', 'dilnur.ali'],
  ['阿依古丽·吾斯曼', 'FEMALE', 'aygul.osman'],
];
