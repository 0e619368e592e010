import { isHan } from './cjk.ts';

/**
 * Personal names next to official titles: 主任高雨、书记王芳、李明同志. Government pages name officials
 * everywhere, and a name the lexicon does not know reads to the language-model and word rules like a slip
 * (主任高雨担任 → 高于). A span that starts with a common surname right after a title or role, or ends
 * right before 同志 or a speech verb (表示, 介绍), is taken to be a name.
 */
const TITLE_BEFORE = new RegExp(
  `(?:${(
    '主任 书记 局长 县长 市长 镇长 乡长 区长 省长 州长 旗长 主席 部长 厅长 处长 科长 股长 所长 院长 校长 站长 馆长 ' +
    '经理 委员 组长 队长 总理 理事长 董事长 秘书长 主委 调研员 记者 通讯员 联系人 负责人 ' +
    // Roles news and notices put before a name (患者贾金升, 种粮大户彭育晴, 副首相贺南洪).
    '首相 总统 外长 大使 议长 国王 代表 会长 厂长 船长 机长 教练 患者 居民 村民 市民 农民 大户 选手 运动员 教授 院士 ' +
    '专家 医生 医师 护士 教师 老师 学生 民警 队员 志愿者 技术员 工程师 研究员 演员 作者 主持人 航天员 飞行员 讲解员 ' +
    '网格员 创始人'
  )
    .split(' ')
    .join('|')})$`,
);
/** After a name: forms of address, titles (贺淑莉教授), and the speech verbs of news (王芳表示, 李明介绍). */
const TITLE_AFTER = new RegExp(
  `^(?:同志|先生|女士|同学|博士|表示|介绍|指出|认为|强调|告诉记者|${TITLE_BEFORE.source.slice(3, -2)})`,
);

/** About 300 common surnames (single-character ones; the compound ones start with one of these or are rare). */
const SURNAMES = new Set([
  ...('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚' +
    '卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴' +
    '霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑' +
    '景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
    '官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伏东仝都库佐戈银'),
]);

/** True when text[start, end) most likely lies in a personal name given with its title. */
export function isNameByTitle(text: string, start: number, end: number): boolean {
  // A name of up to three characters right after the title, the span inside it: 主任[高雨], 书记王[芳].
  for (let t = start; t >= Math.max(0, start - 2); t--) {
    // 作者：颜艳平 — a colon may stand between the title and the name.
    const before = text.slice(Math.max(0, t - 5), t).replace(/[:：]$/, '');
    if (end <= t + 3 && SURNAMES.has(text[t]) && TITLE_BEFORE.test(before)) return true;
  }
  // A name of two or three characters right before 同志 or 表示, the span inside it: [高雨]同志, 王[小明]表示.
  for (let k = end; k <= end + 2 && k < text.length; k++) {
    if (!TITLE_AFTER.test(text.slice(k, k + 4))) continue;
    for (const length of [2, 3]) if (k - length <= start && SURNAMES.has(text[k - length])) return true;
  }
  return false;
}

/** What stands between the entries of a name list (名单, 公示, 获奖名单): 葛翔宇 谷航林；林敏、王瑞；主任：杨培禾. */
const LIST_SEPARATOR = /[\s、，,：:；;（(）)]/;
const LIST_BREAK = /[\s、]/;

/**
 * True when text[start, end) lies in an entry of a name list: a run of two or three Han characters that starts
 * with a common surname and stands between list separators, a space or 、 on at least one side. Names like
 * 谷航林 or 黎湘 are unknown to every lexicon and read to the language model like slips.
 */
export function isListedName(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && isHan(text[from - 1])) from--;
  let to = end;
  while (to < text.length && isHan(text[to])) to++;
  if (to - from < 2 || to - from > 3 || !SURNAMES.has(text[from])) return false;
  const before = text[from - 1],
    after = text[to];
  const separated = (ch: string | undefined) => ch === undefined || LIST_SEPARATOR.test(ch);
  // A name alone in its block (a signature, a contact) counts as a list of one.
  const breaks = (ch: string | undefined) => ch === undefined || LIST_BREAK.test(ch);
  return separated(before) && separated(after) && (breaks(before) || breaks(after));
}
