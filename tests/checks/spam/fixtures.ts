/**
 * Fixture pages for the spam checks: one per hiding technique or tampering sign, plus pages that must not
 * be flagged. Served over loopback by the tests. External addresses are never fetched.
 */
export interface Expected {
  check: string;
  messageId: string;
  hiddenHow?: string;
  outcome?: 'fail' | 'incomplete';
}

export interface SpamFixture {
  name: string;
  body: string;
  head?: string;
  expect: Expected[];
}

const partnerLink = (_: unknown, i: number) => `<a href="http://site${'abcdefghi'[i]}.example.com/">合作伙伴${i}</a>`;

const JUNK_TAGS = '<samp id="q7xk2"></samp><legend id="q7xk2"></legend><sup id="q7xk2"></sup><mark id="q7xk2"></mark>';

const notice =
  '<h1>关于做好2024年春季森林防火工作的通知</h1>' +
  '<p>各乡镇人民政府、县直各单位：为切实做好春季森林防火工作，现将有关事项通知如下。</p>';
const farm =
  '<a href="http://www.amxpj8888.cc/">澳门新葡京娱乐城</a><a href="http://www.js-casino.top/">金沙娱乐官网</a><a ' +
  'href="http://bet365-cp.vip/">bet365体育投注</a>';
// A hidden block with a link farm and a line of spam text: spam-link reports the farm, spam-text the text.
const hiddenFarm = (style: string) =>
  `${notice}<div id="fl" style="${style}"><p>百家乐真人娱乐开户送彩金</p>${farm}</div>`;
const hiddenBoth = (how: string): Expected[] => [
  { check: 'spam-link', messageId: 'hidden', hiddenHow: how },
  { check: 'spam-text', messageId: 'hidden', hiddenHow: how },
];

export const MUST_FLAG: SpamFixture[] = [
  { name: 'display-none', body: hiddenFarm('display:none'), expect: hiddenBoth('display:none') },
  { name: 'visibility-hidden', body: hiddenFarm('visibility:hidden'), expect: hiddenBoth('visibility:hidden') },
  {
    name: 'off-screen',
    body: hiddenFarm('position:absolute;left:-9999px;top:-9999px'),
    expect: hiddenBoth('off-screen'),
  },
  { name: 'zero-size', body: hiddenFarm('width:0;height:0;overflow:hidden'), expect: hiddenBoth('zero-size') },
  { name: 'font-size-0', body: hiddenFarm('font-size:0'), expect: hiddenBoth('font-size:0') },
  { name: 'same-color', body: hiddenFarm('color:#FFFFFF;background:#fff'), expect: hiddenBoth('same-color') },
  { name: 'opacity-0', body: hiddenFarm('opacity:0'), expect: hiddenBoth('opacity:0') },
  { name: 'text-indent', body: hiddenFarm('text-indent:-9999px'), expect: hiddenBoth('text-indent') },
  { name: 'transform', body: hiddenFarm('transform:translateX(-10000px)'), expect: hiddenBoth('transform') },
  { name: 'clip', body: hiddenFarm('position:absolute;clip:rect(0 0 0 0)'), expect: hiddenBoth('clip') },
  {
    name: 'hidden-attribute',
    body: `${notice}<div hidden><p>百家乐真人娱乐开户送彩金</p>${farm}</div>`,
    expect: hiddenBoth('hidden-attribute'),
  },
  {
    name: 'marquee',
    body: `${notice}<marquee height="1" width="1" scrollamount="3000">${farm}</marquee>`,
    expect: [{ check: 'spam-link', messageId: 'hidden', hiddenHow: 'marquee' }],
  },
  {
    name: 'tiny-iframe',
    body:
      `${notice}<iframe src="http://www.bet365-cp888.top/index.html" width="0" height="0" ` +
      `frameborder="0"></iframe>`,
    expect: [{ check: 'spam-link', messageId: 'hidden', hiddenHow: 'tiny-iframe' }],
  },
  {
    name: 'visible-injection',
    body: `${notice}<p>请各单位认真落实。澳门葡京赌场官网开户即送88元彩金，百家乐在线投注。</p>`,
    expect: [{ check: 'spam-text', messageId: 'visible', hiddenHow: 'none' }],
  },
  {
    name: 'dodged-injection',
    body: `${notice}<p>百\u200b家\u200b乐 真*人*娱*乐 上线啦</p>`,
    expect: [{ check: 'spam-text', messageId: 'visible' }],
  },
  {
    name: 'hijacked-title',
    head: '<title>澳门新葡京-百家乐-网上赌场官网</title><meta name="keywords" content="时时彩,北京赛车,六合彩">',
    body: notice,
    expect: [
      { check: 'spam-text', messageId: 'title' },
      { check: 'spam-text', messageId: 'meta', hiddenHow: 'meta' },
    ],
  },
  {
    name: 'junk-template',
    body: `${JUNK_TAGS.repeat(3)}${notice}`,
    expect: [{ check: 'spam-template', messageId: 'junk-tags', outcome: 'incomplete' }],
  },
  {
    name: 'obfuscated-script',
    body:
      `${notice}<script>document.write(unescape` +
      `("${escape('<div style="display:none"><a href="http://amxpj.cc/">澳门新葡京娱乐城</a></div>')}"));</script>`,
    expect: [{ check: 'spam-template', messageId: 'obfuscated-spam' }],
  },
  {
    name: 'referrer-redirect',
    body:
      `${notice}<script>var r=document.referrer;` +
      `if(r.indexOf("baidu.com")>-1||r.indexOf("sogou")>-1){window.location.href="http://amxpj8888.cc/";}</script>`,
    expect: [{ check: 'spam-template', messageId: 'referrer-redirect', hiddenHow: 'referrer-redirect' }],
  },
  {
    name: 'spam-script-host',
    body:
      `${notice}<script src="http://js.amxpj8888.cc/tongji.js"></script><script ` +
      `src="https://cdn.bootcdn.net/jquery.min.js"></script>`,
    expect: [{ check: 'spam-template', messageId: 'spam-script-host', hiddenHow: 'external-script' }],
  },
  {
    name: 'pinyin-mirror',
    body: '<p>县人民政府辦(ban)公廳(ting)关于印(yin)发工作要点的通知</p>',
    expect: [{ check: 'spam-template', messageId: 'pinyin-dodge', outcome: 'incomplete' }],
  },
  {
    name: 'hidden-offsite-cluster',
    body:
      `${notice}<div style="display:none"><a href="http://shop-one.example.com/">产品一</a><a ` +
      `href="http://shop-two.example.net/">产品二</a><a href="http://shop-three.example.org/">产品三</a></div>`,
    expect: [{ check: 'spam-link', messageId: 'hidden-cluster', hiddenHow: 'display:none', outcome: 'incomplete' }],
  },
  {
    name: 'footer-link-run',
    body: `${notice}<div class="footer">${Array.from({ length: 9 }, partnerLink).join(' ')}</div>`,
    expect: [{ check: 'spam-link', messageId: 'footer-run', outcome: 'incomplete' }],
  },
  {
    name: 'blocked-domain',
    body: `${notice}<p><a href="http://old-partner.example.com/">原合作单位</a></p>`,
    expect: [{ check: 'spam-link', messageId: 'visible', hiddenHow: 'none' }],
  },
];

export const MUST_NOT_FLAG: SpamFixture[] = [
  {
    name: 'lottery-fund-disclosure',
    head: '<title>2023年度本级福利彩票公益金使用情况公告</title>',
    body:
      `<h1>2023年度本级福利彩票公益金使用情况公告</h1><p>根据《彩票管理条例》和《彩票公益金管理办法》规定，` +
      `现将2023年度市本级福利彩票公益金、体育彩票公益金使用情况公告如下。</p>
      <p>一、彩票公益金筹集情况：全年共筹集福利彩票公益金3260万元。中国福利彩票发行管理中心、` +
      `市体彩中心开奖公告按期发布，双色球、快乐8等玩法销售平稳，投注站规范经营。</p>
      <p><a href="http://www.cwl.gov.cn/">中国福利彩票</a> <a href="https://www.lottery.gov.cn/">中国体育彩票</a></p>`,
    expect: [],
  },
  {
    name: 'anti-gambling-campaign',
    head: '<title>关于开展打击跨境赌博专项行动的通告</title>',
    body:
      `<h1>关于开展打击跨境赌博专项行动的通告</h1><p>为严厉打击跨境赌博、网络赌博违法犯罪活动，` +
      `公安机关决定开展专项行动。</p>
      <p>任何单位和个人不得组织、参与网络赌博，不得为赌博网站提供推广、资金结算等服务。对六合彩、百家乐、` +
      `网上赌场等赌博活动，一经查处，依法从严惩处。</p>
      <p>提醒广大群众：远离赌博，警惕“网络博彩”陷阱，发现线索请拨打110举报。</p>`,
    expect: [],
  },
  {
    name: 'news-macau',
    head: '<title>我市代表团赴澳门特别行政区开展经贸交流活动</title>',
    body:
      `<h1>我市代表团赴澳门特别行政区开展经贸交流活动</h1><p>11月8日，` +
      `市代表团在澳门参加第28届澳门国际贸易投资展览会，与澳门特区政府经济财政司及澳门大学、` +
      `澳门贸易投资促进局座谈，推动琴澳合作。</p>
      <p>澳门回归以来，两地在文旅、会展领域合作密切。</p>`,
    expect: [],
  },
  {
    name: 'hidden-dropdown-menu',
    body:
      `${notice}<ul class="nav"><li>政府机构<ul style="display:none">` +
      `<li><a href="http://www.gov.cn/">中国政府网</a></li><li><a href="http://www.ah.gov.cn/">省政府网站</a></li>` +
      `<li><a href="http://fgw.ah.gov.cn/">省发展改革委</a></li>` +
      `<li><a href="http://www.people.com.cn/">人民网</a></li></ul></li></ul>
      <div class="footer"><a href="https://bszs.conac.cn/sitename?method=show&id=1">党政机关</a>` +
      `<a href="https://beian.miit.gov.cn/">皖ICP备05001234号</a><a href="http://www.beian.gov.cn/">公安备案</a>` +
      `</div>`,
    expect: [],
  },
  {
    name: 'anti-drug-and-adult-education',
    body:
      `<h1>全民禁毒宣传月活动</h1><p>认识常见毒品：海洛因、冰毒、摇头丸、K粉、大麻等，珍爱生命，远离毒品。</p>
      <p>2024年成人高考报名工作即将开始，成人高等教育、成人本科报考请关注市教育考试院通知。开展送温暖活动，` +
      `撸起袖子加油干。南京市六合区人民政府网站。</p>`,
    expect: [],
  },
];
