/**
 * Names of other countries and regions as Chinese official text writes them (written for govcheck from the
 * names in common use; not exhaustive). A body named right after one (美国农业部, 法国文化部, 俄罗斯国防部)
 * is that country's, not a Chinese institution.
 */
const NAMES = (
  '美国 英国 法国 德国 俄罗斯 日本 韩国 朝鲜 印度 巴基斯坦 孟加拉国 尼泊尔 斯里兰卡 马尔代夫 不丹 阿富汗 伊朗 伊拉克 ' +
  '叙利亚 约旦 黎巴嫩 以色列 巴勒斯坦 沙特 沙特阿拉伯 阿联酋 卡塔尔 科威特 阿曼 也门 巴林 土耳其 埃及 利比亚 突尼斯 ' +
  '阿尔及利亚 摩洛哥 苏丹 南苏丹 埃塞俄比亚 肯尼亚 坦桑尼亚 乌干达 卢旺达 尼日利亚 加纳 塞内加尔 南非 津巴布韦 ' +
  '赞比亚 安哥拉 莫桑比克 马达加斯加 刚果 喀麦隆 加蓬 马里 尼日尔 乍得 几内亚 贝宁 多哥 科特迪瓦 毛里塔尼亚 吉布提 ' +
  '索马里 厄立特里亚 纳米比亚 博茨瓦纳 毛里求斯 塞舌尔 越南 老挝 柬埔寨 泰国 缅甸 马来西亚 新加坡 印度尼西亚 印尼 ' +
  '菲律宾 文莱 东帝汶 蒙古 蒙古国 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 阿塞拜疆 亚美尼亚 ' +
  '格鲁吉亚 乌克兰 白俄罗斯 摩尔多瓦 波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚 塞尔维亚 克罗地亚 斯洛文尼亚 波黑 ' +
  '黑山 北马其顿 阿尔巴尼亚 希腊 塞浦路斯 意大利 西班牙 葡萄牙 荷兰 比利时 卢森堡 瑞士 奥地利 瑞典 挪威 芬兰 丹麦 ' +
  '冰岛 爱尔兰 爱沙尼亚 拉脱维亚 立陶宛 马耳他 摩纳哥 加拿大 墨西哥 古巴 巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 ' +
  '厄瓜多尔 玻利维亚 巴拉圭 乌拉圭 尼加拉瓜 洪都拉斯 危地马拉 萨尔瓦多 哥斯达黎加 巴拿马 多米尼加 牙买加 海地 苏里南 ' +
  '圭亚那 澳大利亚 新西兰 斐济 巴布亚新几内亚 所罗门群岛 瓦努阿图 萨摩亚 汤加 基里巴斯 欧盟 联合国'
).split(' ');

const COUNTRY_AT_END = new RegExp(`(?:${NAMES.join('|')})$`);

/** True when the text just before `index` names another country (美国|农业部). */
export const foreignBefore = (text: string, index: number): boolean =>
  COUNTRY_AT_END.test(text.slice(Math.max(0, index - 8), index));

const COUNTRY_ANYWHERE = new RegExp(NAMES.join('|'));
const CLAUSE_END = /[。！？；，,;!?\n]/;

/**
 * True when the clause before `index` names another country (墨西哥经济部和农业部, 泰国总理…、文化部部长):
 * the bodies listed after it are that country's.
 */
export function foreignInClause(text: string, index: number): boolean {
  let from = index;
  while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
  return COUNTRY_ANYWHERE.test(text.slice(from, index));
}
