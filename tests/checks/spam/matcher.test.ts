import { describe, expect, it } from 'vitest';
import { domainSpamScore, isForeignHost } from '../../../shared/spam/domains.ts';
import { junkMarkup, scriptSigns, tinyFrameSources } from '../../../shared/spam/markup.ts';
import { isSpamScore, scoreText, spamTerms } from '../../../shared/spam/matcher.ts';
import { normalizeText } from '../../../shared/spam/normalize.ts';
import { describeHiddenStyle, parseInlineStyle } from '../../../shared/snapshot/hidden.ts';

describe('spam lexicon matching', () => {
  it.each([
    ['澳门威尼斯人官网 开户送58元', ['威尼斯人']],
    ['真人百家乐 在线投注', ['百家乐', '在线投注']],
    ['北京赛车pk10计划群', ['北京赛车', 'pk10']],
    ['日韩精品无码视频在线观看', ['日韩精品', '无码']],
    ['办证刻章 代开各类证件', ['办证刻章']],
    ['BET365體育投注', ['bet365', '体育投注']],
  ])('flags visible spam: %s', (text, terms) => {
    const score = scoreText(text);
    expect(isSpamScore(score, false)).toBe(true);
    expect(spamTerms(score).map((t) => normalizeText(t).text)).toEqual(expect.arrayContaining(terms));
  });

  it.each([
    '市福利彩票发行中心公布2023年度彩票公益金使用情况',
    '严厉打击网络赌博、六合彩、百家乐等违法犯罪活动',
    '澳门特别行政区行政长官会见代表团',
    '南京市六合区人民政府关于印发工作要点的通知',
    '国务院对食品安全委员会组成人员作了调整',
    '成人高考报名须知',
    '撸起袖子加油干，以下分别为各单位得分',
    '认识毒品：海洛因、冰毒、摇头丸',
    '体育彩票投注站规范经营，竞彩开奖公告',
  ])('does not flag legitimate text: %s', (text) => {
    expect(isSpamScore(scoreText(text), false)).toBe(false);
  });

  it('needs less evidence for concealed text than for visible text', () => {
    const score = scoreText('投注');
    expect(isSpamScore(score, false)).toBe(false);
    expect(isSpamScore(score, true)).toBe(true);
  });

  it('undoes filter dodging and quotes the text as written', () => {
    const text = '欢迎光临 百\u200b家\u200b乐 真*人*娱*乐 葡(pu)京';
    const score = scoreText(text);
    expect(score.dodges.sort()).toEqual(['pinyin', 'spacing', 'zero-width']);
    expect(spamTerms(score)).toEqual(expect.arrayContaining(['百\u200b家\u200b乐', '真*人*娱*乐', '葡(pu)京']));
    const hit = score.hits.find((h) => h.term === '百家乐')!;
    expect(text.slice(hit.start, hit.end)).toBe('百\u200b家\u200b乐');
  });

  it('finds terms across the 4,000-character pieces of a long text', () => {
    const text = `${'政务公开。'.repeat(799)}一二三百家乐${'。'.repeat(100)}`;
    expect(spamTerms(scoreText(text))).toEqual(['百家乐']);
  });
});

describe('outbound hosts', () => {
  it('scores spam-like host names and leaves government hosts alone', () => {
    expect(domainSpamScore('www.010caipiao.com').score).toBe(3);
    expect(domainSpamScore('www.amxpj8888.cc').score).toBe(4);
    expect(domainSpamScore('www.tibet.cn').score).toBe(0);
    expect(domainSpamScore('x.old.example.com', ['old.example.com']).reasons).toEqual(['blocked-domain']);
    expect(isForeignHost('www.gov.cn', 'http://www.xx.gov.cn/')).toBe(false);
    expect(isForeignHost('news.xx.gov.cn', 'http://www.xx.gov.cn/')).toBe(false);
    expect(isForeignHost('shop.example.com', 'http://www.xx.gov.cn/')).toBe(true);
  });
});

describe('hiding rules (shared/snapshot/hidden.ts)', () => {
  it.each([
    ['display:none', 'display:none'],
    ['opacity:0.01', 'opacity:0'],
    ['font-size:1px', 'font-size:0'],
    ['margin-left:-5000px', 'off-screen'],
    ['position:fixed;left:12000px', 'off-screen'],
    ['transform:translate(-9999px, 0)', 'transform'],
    ['clip-path:inset(50%)', 'clip'],
    ['overflow:hidden;max-height:0', 'zero-size'],
    ['color:#FAFAFA;background-color:rgb(255, 255, 255)', 'same-color'],
    ['color:white;background:#fff url(bg.png)', 'same-color'],
  ])('inline style %s → %s', (style, reason) => {
    expect(describeHiddenStyle(parseInlineStyle(style))).toBe(reason);
  });

  it('reads computed styles the browser reports', () => {
    expect(describeHiddenStyle({ transform: 'matrix(1, 0, 0, 1, -10000, 0)' })).toBe('transform');
    expect(describeHiddenStyle({ transform: 'matrix(0, 0, 0, 0, 0, 0)' })).toBe('transform');
    expect(describeHiddenStyle({ clip: 'rect(0px, 0px, 0px, 0px)', position: 'absolute' })).toBe('clip');
    expect(
      describeHiddenStyle({
        color: 'rgb(0, 0, 0)',
        backgroundColor: 'rgba(0, 0, 0, 0)',
        fontSize: '16px',
        opacity: '1',
        textIndent: '0px',
        transform: 'none',
      }),
    ).toBeUndefined();
  });
});

describe('markup signs', () => {
  it('finds frames sized by attributes, junk-tag runs and obfuscated loaders', () => {
    expect([
      ...tinyFrameSources(
        '<iframe src="http://a.example/x" width="1" height="1"></iframe><iframe src="/ok" width="600">',
      ),
    ]).toEqual(['http://a.example/x']);
    const junk = junkMarkup(`${'<samp id="k2"></samp><rt id="k2"></rt>'.repeat(5)}<p>正文</p><xq1>a</xq1>`);
    expect(junk.emptyRun).toBe(10);
    expect(Object.keys(junk.unknownTags)).toEqual(['xq1']);
    const signs = scriptSigns(`<script>eval(atob("${btoa(unescape(encodeURIComponent('百家乐开户')))}"))</script>`);
    expect(signs.obfuscated).toContain('eval(atob');
    expect(signs.decoded).toEqual(['百家乐开户']);
    expect(scriptSigns('<script src="/a.js"></script><script>var x = 1;</script>').obfuscated).toBeUndefined();
  });
});
