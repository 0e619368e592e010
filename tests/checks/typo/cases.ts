/** One paragraph of page text and what a typo check must report in it ([] = must not flag). */
export interface TypoCase {
  check: string;
  text: string;
  expect: { text: string; suggestion: string }[];
  /** Page date written on the page (yyyy-mm-dd) when the rule depends on it. */
  date?: string;
}

const flag = (check: string, text: string, ...pairs: [string, string][]): TypoCase => ({
  check,
  text,
  expect: pairs.map(([t, s]) => ({ text: t, suggestion: s })),
});
const clean = (check: string, text: string): TypoCase => ({ check, text, expect: [] });

export const SERIOUS: TypoCase[] = [
  flag('typo-serious', '根据中华人民共合国有关法律规定。', ['中华人民共合国', '中华人民共和国']),
  // 中共 is a word: without language models this is another phrase (real-text.test.ts: the models make it 疑似).
  clean('typo-serious', '中共人民共和国成立七十五周年。'),
  flag('typo-serious', '中华人民大和国成立。', ['中华人民大和国', '中华人民共和国']),
  flag('typo-serious', '庆祝中华人民共和和国成立。', ['中华人民共和和国', '中华人民共和国']),
  flag('typo-serious', '坚持中国共党的领导。', ['中国共党', '中国共产党']),
  flag('typo-serious', '深入学习习近苹新时代中国特色社会主义思想。', ['习近苹', '习近平']),
  flag('typo-serious', '习平近总书记指出。', ['习平近', '习近平']),
  flag('typo-serious', '深入学习习近平新时代中国特色社会主议思想。', ['中国特色社会主议', '中国特色社会主义']),
  flag('typo-serious', '认真学习贯彻党的二十大精神和全国人民代表大会常务委圆会决定。', [
    '全国人民代表大会常务委圆会',
    '全国人民代表大会常务委员会',
  ]),
  clean('typo-serious', '中华人民共和国成立以来，中国共产党领导人民取得伟大成就。'),
  clean('typo-serious', '学习近日召开的会议精神，学习习近平总书记重要讲话。'),
  clean('typo-serious', '党的十九大、党的二十届三中全会和党的十大都是重要会议。'),
  clean('typo-serious', '中卫市自然资源局负责生态环境损害赔偿和国家安全工作。'),
  clean('typo-serious', '住房城乡建设部、国家发展改革委联合印发通知。'),
  clean('typo-serious', '2017年，某省国家税务局与地方税务局联合办税。'),
  { ...flag('typo-serious', '2024年5月6日，李克强总理来我市考察。', ['李克强总理', '核实职务']), date: '2024-05-06' },
  { ...clean('typo-serious', '2015年5月6日，李克强总理来我市考察。'), date: '2015-05-06' },
  { ...flag('typo-serious', '2024年3月1日，县国土资源局发布公告。', ['国土资源局', '自然资源局']), date: '2024-03-01' },
  { ...clean('typo-serious', '2024年3月1日，原国土资源部职责划入自然资源部。'), date: '2024-03-01' },
  { ...clean('typo-serious', '2016年3月1日，国土资源部发布公告。'), date: '2016-03-01' },
  { ...clean('typo-serious', '2024年3月1日，各级农业部门和文化部门联合检查。'), date: '2024-03-01' },
];

export const CONFUSION: TypoCase[] = [
  flag('typo-confusion', '我们要再接再励，争取更大成绩。', ['再接再励', '再接再厉']),
  flag('typo-confusion', '各单位要认真布署，抓好落实。', ['布署', '部署']),
  flag('typo-confusion', '今后一锻时间内要抓好落实。', ['一锻时间', '一段时间']),
  flag('typo-confusion', '各民族一律平登，享有同等权利。', ['一律平登', '一律平等']),
  flag('typo-confusion', '原则同意《示范区总休方案》，请认真组织实施。', ['总休', '总体']),
  flag('typo-confusion', '人民很行、财政部联合发文。', ['人民很行', '人民银行']),
  clean('typo-confusion', '可以经过审批后实施，以经济建设为中心。'),
  clean('typo-confusion', '加强社会保险和社会保障工作，推进城乡建设。'),
  clean('typo-confusion', '西乡县子午镇七星坝村驻村工作队队员。'),
];

export const FORMAT: TypoCase[] = [
  flag('typo-format', '根据川府发[2022]8号文件精神。', ['[2022]8号', '〔2022〕8号']),
  flag('typo-format', '按照国办发(2019)54号要求。', ['(2019)54号', '〔2019〕54号']),
  flag('typo-format', '转发国办发〔2019〕第19号通知。', ['〔2019〕第19号', '〔2019〕19号']),
  flag('typo-format', '印发苏政办发〔2021〕019号。', ['〔2021〕019号', '〔2021〕19号']),
  flag('typo-format', '依据国办发〔19〕54号办理。', ['〔19〕54号', '〔2019〕54号']),
  flag(
    'typo-format',
    '参照粤府【2020】3号和湘政发［2021］5号执行。',
    ['【2020】3号', '〔2020〕3号'],
    ['［2021］5号', '〔2021〕5号'],
  ),
  flag('typo-format', '会议定于2023年4月31日召开。', ['2023年4月31日', '核实日期']),
  flag('typo-format', '申报截止到13月。', ['13月', '核实日期']),
  flag('typo-format', '这是今年工作的的重点。', ['的的', '的']),
  flag('typo-format', '学习《中华人民共和国宪法 的体会。', ['《', '》']),
  flag('typo-format', '请各单位认真学习,抓好落实。', [',', '，']),
  clean('typo-format', '依据国办发〔2019〕19号和（2019）京01民初19号判决书，2024年2月29日起施行。'),
  clean('typo-format', '大家常常看看书，人人都要为了了解情况而的的确确下功夫，不了了之不行，实实在在。'),
  clean('typo-format', '《关于进一步加强政务公开工作的通知》（试行）。访问 https://www.gov.cn/a,b 共1,000人。'),
  clean('typo-format', '“第一段引用开始，没有闭合'),
];

export const SCRIPT: TypoCase[] = [
  flag('typo-script', '香港特別行政區政府表示，各級乾部要重視工作，她的頭發很長。', ['乾', '幹'], ['發', '髮']),
  flag('typo-script', '香港特別行政區政府表示，皇後與隻要的辦公室麵積問題。', ['後', '后'], ['隻', '只'], ['麵', '面']),
  flag('typo-script', '香港特別行政區政府表示，本網站质量檢查報告已發佈。', ['质', '質']),
  clean('typo-script', '香港特別行政區政府於今日發表聲明，表示會繼續推動經濟發展，臺灣與台灣裡面裏面。'),
  clean('typo-script', '乾部头发皇后只要面积，简体页面不检查繁简转换。'),
];
