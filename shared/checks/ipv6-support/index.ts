import { compareVersions } from '../../ipv6/compare.ts';
import { NO_LOCAL_IPV6 } from '../../ipv6/dual-stack.ts';
import { mapLimited } from '../../ipv6/map-limited.ts';
import { sampleLinks, type LinkingPage } from '../../ipv6/sample.ts';
import { classifySupport, isUsable, percent, tallySupport } from '../../ipv6/support.ts';
import { defineSiteCheck, reportSection } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import { failureReason, hostFindings, type Ipv6Section, sectionOf, type TestedLink } from './results.ts';
import { gather } from '../collected.ts';

const NAVIGABLE = new Set(['a', 'area', 'iframe', 'frame']);
const DEFAULT_TARGET = 0.99;
const DEFAULT_MAX_LINKS = 300;
const PARALLEL = 4;
// An address has no AAAA record to look up, and loopback test sites are no subject for an IPv6 verdict.
const ADDRESS_HOST = /^(\d+\.\d+\.\d+\.\d+|\[.*\]|localhost)$/i;

/** IPv6 readiness: AAAA records, the 二、三级链接 IPv6 support ratio, and the same content over IPv4 and IPv6. */
export const ipv6Support = defineSiteCheck({
  id: 'ipv6-support',
  category: 'ipv6',
  title: { zh: 'IPv6支持度', en: 'IPv6 support' },
  description: {
    zh:
      '检查网站域名及首页、二级和三级链接所在域名的AAAA记录，分别通过IPv4和IPv6访问，计算二、三级链接的IPv6支持度' +
      '，并比较两种访问方式的内容是否一致。',
    en:
      'Checks AAAA records of the site and of its second- and third-level links, fetches each over IPv4 and ' +
      'IPv6, computes the IPv6 support ratio and compares both versions.',
  },
  indicators: ['NAT-D24', 'NAT-P11'],
  severity: 'major',
  needs: ['network'],
  options: {
    schema: {
      target: { type: 'number', minimum: 0, maximum: 1, description: 'IPv6 支持度目标 / support ratio target' },
      maxLinks: { type: 'integer', minimum: 1, description: '最多测试的链接数 / links tested at most' },
    },
    defaults: { target: DEFAULT_TARGET, maxLinks: DEFAULT_MAX_LINKS },
  },
  messages: {
    'cannot-test': {
      zh: '本机无法测试IPv6（{reason}），IPv6支持度未判定，请在具备IPv6网络的环境中复测',
      en: 'IPv6 cannot be tested on this machine ({reason}); IPv6 support not judged',
    },
    'host-no-aaaa': {
      zh: '域名 {target} 没有AAAA记录，无法通过IPv6访问（涉及 {count} 个链接）',
      en: 'Host {target} has no AAAA record and cannot be reached over IPv6 ({count} links)',
    },
    'link-not-supported': {
      zh: '链接无法通过IPv6访问（{reason}）：{target}',
      en: 'Link not reachable over IPv6 ({reason}): {target}',
    },
    'ratio-below-target': {
      zh: '二、三级链接IPv6支持度为 {ratioText}（{supported}/{tested}），低于目标 {targetText}',
      en:
        'IPv6 support of second/third-level links is {ratioText} ({supported}/{tested}), below the target ' +
        '{targetText}',
    },
    'ratio-undecided': {
      zh: '二、三级链接IPv6支持度无法判定：{untestable} 个链接未能测试（已测 {supported}/{tested}，目标 {targetText}）',
      en:
        'IPv6 support ratio undecided: {untestable} links could not be tested ({supported}/{tested} tested, ' +
        'target {targetText})',
    },
    'content-differs': {
      zh: '通过IPv4和IPv6访问的内容不一致（{aspects}）：{target}',
      en: 'The page differs between IPv4 and IPv6 ({aspects}): {target}',
    },
  },
  fix: {
    zh:
      '为网站及其链接的域名配置AAAA记录，确保服务器（或CDN）在IPv6上提供与IPv4相同的内容；外部链接不支持IPv6的，' +
      '联系对方网站或更换链接。',
    en:
      'Publish AAAA records for the site and linked hosts and serve the same content over IPv6 as over IPv4 ' +
      '(server or CDN).',
  },
  section: reportSection<Ipv6Section>(
    'IPv6 支持度：AAAA 记录、二三级链接支持率 / IPv6 support: AAAA records, link ratio',
  ),
  collect({ page }): LinkingPage | undefined {
    if (page.depth === undefined || page.depth > 1) return undefined;
    const links = page.links.filter((l) => NAVIGABLE.has(l.element) && /^https?:/i.test(l.url)).map((l) => l.url);
    return { url: page.url, depth: page.depth, links };
  },
  async finish(collected, { dual, siteUrl, options, addSection }) {
    if (!dual || ADDRESS_HOST.test(new URL(siteUrl).hostname)) return [];
    const target = Number(options.target ?? DEFAULT_TARGET);
    const sample = sampleLinks(siteUrl, await gather(collected), Number(options.maxLinks ?? DEFAULT_MAX_LINKS));
    const fetched = await mapLimited(sample, PARALLEL, (link) => dual.fetchBoth(link.url));
    const tested: TestedLink[] = sample.map((link, i) => ({
      ...link,
      result: fetched[i]!,
      support: classifySupport(fetched[i]!),
    }));
    const home = tested[0]!;
    if (home.result.v6?.error === NO_LOCAL_IPV6) {
      addSection(sectionOf(tested, target, undefined, home.result.v6.errorMessage));
      return [
        {
          messageId: 'cannot-test',
          outcome: 'incomplete',
          severity: 'info',
          url: siteUrl,
          data: { reason: home.result.v6.errorMessage ?? NO_LOCAL_IPV6 },
        },
      ];
    }
    const linked = tested.filter((t) => t.level > 1);
    const tally = tallySupport(
      linked.map((t) => t.support),
      target,
    );
    addSection(sectionOf(tested, target, tally) satisfies Ipv6Section);
    return [
      ...hostFindings(tested, new URL(siteUrl).hostname),
      ...tested.filter((t) => t.support === 'unreachable' || t.support === 'http-error').map(notSupported),
      ...ratioFindings(tally, target, siteUrl),
      ...tested.flatMap(differences),
    ];
  },
});

function notSupported(t: TestedLink): CheckResult {
  return {
    messageId: 'link-not-supported',
    url: t.from,
    target: t.url,
    severity: t.level === 1 ? 'major' : 'minor',
    data: { reason: failureReason(t.result), level: t.level },
  };
}

function ratioFindings(tally: ReturnType<typeof tallySupport>, target: number, siteUrl: string): CheckResult[] {
  const data = {
    ratioText: percent(tally.ratio),
    supported: tally.supported,
    tested: tally.tested,
    untestable: tally.untestable,
    targetText: percent(target),
    ratio: tally.ratio,
    target,
  };
  if (tally.verdict === 'fail') return [{ messageId: 'ratio-below-target', url: siteUrl, data }];
  if (tally.verdict === 'incomplete')
    return [{ messageId: 'ratio-undecided', outcome: 'incomplete', severity: 'info', url: siteUrl, data }];
  return [];
}

function differences(t: TestedLink): CheckResult[] {
  const { v4, v6 } = t.result;
  if (!v4 || !v6 || !isUsable(v4) || !isUsable(v6)) return [];
  const found = compareVersions(v4, v6);
  if (!found.length) return [];
  const data: Record<string, string | number | string[]> = {
    aspects: found.map((d) => ASPECT_NAMES[d.aspect]),
    level: t.level,
  };
  for (const d of found) Object.assign(data, { [`${d.aspect}V4`]: d.v4, [`${d.aspect}V6`]: d.v6 });
  return [{ messageId: 'content-differs', url: t.url, target: t.url, severity: 'minor', data }];
}

const ASPECT_NAMES = { status: '状态码', title: '标题', text: '正文', links: '链接' } as const;
