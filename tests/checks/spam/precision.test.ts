import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../shared/checks/index.ts';
import { CheckEngine } from '../../../shared/engine/run-checks.ts';
import type { Finding } from '../../../shared/model/finding.ts';
import { isKnownService } from '../../../shared/spam/known-services.ts';
import { scriptSigns } from '../../../shared/spam/markup.ts';
import { scoreText, spamTerms } from '../../../shared/spam/matcher.ts';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import { BENCH_DIR } from '../../../crawler/text/bench-data.ts';
import { jiebaSegment } from '../../../crawler/text/jieba-segmenter.ts';

/**
 * Precision on real material: the sentences and snippets that gave false spam alarms on a real county portal
 * (issue 20), and the clean saved pages of ../shared/bench/real-gov/sites. Every page is checked as the crawler
 * checks it, with jieba word segmentation.
 */
const SPAM_CHECKS = CHECKS.filter((c) => c.category === 'spam');

function spamFindings(html: string, url = 'http://www.bynrszf.gov.cn/art/2023/1.html'): Promise<Finding[]> {
  const engine = new CheckEngine({
    checks: SPAM_CHECKS,
    siteUrl: new URL(url).origin,
    asOf: '2024-03-01',
    profiles: [],
    capabilities: { rendered: false, network: false },
    segment: jiebaSegment,
  });
  return engine.checkPage(snapshotOf(html, url));
}

const page = (body: string, head = '<title>关于进一步规范社会保险待遇领取工作的通知</title>') =>
  `<html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

// 刑法第二百二十九条, 社会保险法第八十八条: law text portals quote in full.
const FALSE_CERTIFICATE =
  '承担资产评估、验资、验证、会计、审计、法律服务等职责的中介组织的人员故意提供虚假证明文件，情节严重的，' +
  '处五年以下有期徒刑或者拘役，并处罚金。用人单位出具虚假证明文件，帮助他人骗取社会保险待遇的，由社会保险行政部门责' +
  '令退回。';
const CONAC =
  `<span id="_ideConac"></span><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' ` +
  `%3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/33/000/0000/60899022/CA330000000608990220002.js' ` +
  `type='text/javascript'%3E%3C/script%3E"));</script>`;
const CNZZ =
  `<script type="text/javascript">var cnzz_protocol = (("https:" == document.location.protocol) ? "https://" : ` +
  `"http://");document.write(unescape("%3Cspan id='cnzz_stat_icon_1279012345'%3E%3C/span%3E%3Cscript src='" + ` +
  `cnzz_protocol + "s4.cnzz.com/z_stat.php%3Fid%3D1279012345%26show%3Dpic' ` +
  `type='text/javascript'%3E%3C/script%3E"));</script>`;
const JIUCUO =
  `<script id="_jiucuo_" sitecode="1500000042" ` + `src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>`;
const BAIDU_TONGJI =
  `<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");` +
  `hm.src = "https://hm.baidu.com/hm.js?0f2c7b1c3a9f";var s = document.getElementsByTagName("script")[0];` +
  `s.parentNode.insertBefore(hm, s);})();</script>`;

describe('spam checks on the real sentences and snippets of issue 20', () => {
  it.each([
    ['出具虚假证明文件 (假证 across a word boundary)', page(`<p>${FALSE_CERTIFICATE}</p>`)],
    ['an e-mail address holding "by"', page('<div class="footer">联系电话：0478-8751234　邮箱：bynrszf@163.com</div>')],
    [
      '黑客攻击 and 淫秽 in one paragraph',
      page('<p>近期部分网站遭受黑客攻击，页面被篡改并出现淫秽图片，各单位要立即开展自查。</p>'),
    ],
    [
      'the conac, CNZZ, 找错 and 百度统计 scripts',
      page(`<div class="footer">${CONAC}${CNZZ}${JIUCUO}${BAIDU_TONGJI}</div>`),
    ],
    ['a 体育彩票公益金 report', page('<p>2023年度省级体育彩票公益金用于全民健身设施建设3200万元。</p>')],
  ])('no spam finding: %s', async (_, html) => {
    const findings = await spamFindings(html);
    expect(findings.map((f) => `${f.checkId}/${f.messageId}: ${f.message.zh}`)).toEqual([]);
  });

  it('matches CJK terms only on word boundaries when a segmenter is given', () => {
    expect(spamTerms(scoreText('他提供了虚假证据', {}))).toEqual(['假证']);
    expect(spamTerms(scoreText('他提供了虚假证据', { segment: jiebaSegment }))).toEqual([]);
    expect(spamTerms(scoreText('严禁买卖假证', { segment: jiebaSegment }))).toEqual([]);
    expect(spamTerms(scoreText('代办各类假证，联系电话', { segment: jiebaSegment }))).toEqual(['假证']);
  });

  it("reads Latin terms as whole words, never inside addresses or the site's own names", () => {
    expect(spamTerms(scoreText('hacked by anonymous'))).toEqual(['hacked by']);
    expect(spamTerms(scoreText('bynrszf'))).toEqual([]);
    expect(spamTerms(scoreText('详见 www.bet365-info.com 说明'))).toEqual([]);
    expect(spamTerms(scoreText('bet365 体育'))).toEqual(['bet365']);
    expect(spamTerms(scoreText('bet365 体育', { ownNames: ['bet365'] }))).toEqual([]);
  });

  it('knows the legitimate third-party scripts and still flags a loader that writes another host', () => {
    expect(
      [
        'http://dcs.conac.cn/js/1.js',
        'https://s4.cnzz.com/z_stat.php',
        'https://hm.baidu.com/hm.js?1',
        'https://pucha.kaipuyun.cn/exposure/jiucuo.js',
        'https://www.example.gov.cn/js/jiucuo.js',
      ].map(isKnownService),
    ).toEqual([true, true, true, true, true]);
    expect(isKnownService('https://hnci.net.cn/js/kb.js')).toBe(false);
    expect(scriptSigns(page(CONAC + CNZZ)).obfuscated).toBeUndefined();
    const injected = CONAC.replace('dcs.conac.cn/js', 'js.amxpj8888.cc/js');
    expect(scriptSigns(page(injected)).obfuscated).toContain('document.write(unescape');
  });
});

describe('veto needs strong evidence; a visible single term is 疑似', () => {
  it('reports one visible spam term in prose as 疑似 with a confidence, never as a veto', async () => {
    const findings = await spamFindings(
      page('<p>本周六上午在文化广场举行群众文艺汇演，表演节目有百家乐队演奏等，欢迎市民观看。</p>'),
    );
    const text = findings.filter((f) => f.checkId === 'spam-text');
    expect(text.length).toBeLessThanOrEqual(1);
    for (const f of text)
      expect([f.outcome, f.data.suspect, typeof f.data.confidence]).toEqual(['incomplete', true, 'number']);
  });

  it('vetoes a visible block dense with spam words and says why', async () => {
    const findings = await spamFindings(
      page('<p>澳门葡京赌场官网开户即送88元彩金，百家乐在线投注，时时彩平台注册。</p>'),
    );
    const veto = findings.find((f) => f.checkId === 'spam-text' && f.outcome === 'fail');
    expect(veto?.severity).toBe('veto');
    expect(veto?.data.vetoEvidence).toMatch(/种违法有害词语.*密度远高于正常公文/);
  });

  it('vetoes spam hidden from readers, with the hiding technique as evidence', async () => {
    const findings = await spamFindings(
      page('<p>通知正文。</p><div style="display:none">百家乐 真人娱乐 开户送彩金</div>'),
    );
    const veto = findings.find((f) => f.checkId === 'spam-text' && f.outcome === 'fail');
    expect(veto?.data.vetoEvidence).toContain('隐藏文字（不显示）');
  });
});

describe('clean saved official pages (../shared/bench/real-gov/sites)', () => {
  const dir = join(BENCH_DIR, 'real-gov/sites');
  it.each(readdirSync(dir))('%s gives no spam finding', async (site) => {
    const html = readFileSync(join(dir, site, 'index.html'), 'utf8');
    const findings = await spamFindings(html, `http://${site}/index.html`);
    expect(findings.map((f) => `${f.checkId}/${f.messageId}: ${f.message.zh}`)).toEqual([]);
  });
});
