import { defineSiteCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import { judgeProbe } from './verdict.ts';

interface LinkUse {
  page: string;
  target: string;
  element: string;
  attribute: string;
  selector: string;
  text: string;
}

const CHECKABLE = /^https?:/i;

/** Dead links: every http(s) link of every page, probed once per distinct target. */
export const linkBroken = defineSiteCheck<LinkUse[]>({
  id: 'link-broken',
  category: 'broken-link',
  title: { zh: '死链检查', en: 'Broken links' },
  description: {
    zh: '检查页面中的超链接、图片、附件、样式和脚本地址是否可以正常访问。',
    en: 'Checks that links, images, attachments, styles and scripts on a page can be fetched.',
  },
  indicators: ['NAT-D20'],
  severity: 'major',
  needs: ['network'],
  messages: {
    'http-error': { zh: '链接无法访问（{reason}）：{target}', en: 'Broken link ({reason}): {target}' },
    'network-error': { zh: '链接无法访问（{reason}）：{target}', en: 'Broken link ({reason}): {target}' },
    inconclusive: { zh: '链接访问受限，需人工复核（{reason}）：{target}', en: 'Link could not be verified ({reason}): {target}' },
  },
  fix: {
    zh: '修改或删除该链接；如为附件，请重新上传；如目标页面已迁移，请更新为新地址。',
    en: 'Fix or remove the link; re-upload the attachment or point it to the new address.',
  },
  collect({ page }) {
    const seen = new Set<string>();
    const uses: LinkUse[] = [];
    for (const link of page.links) {
      if (!CHECKABLE.test(link.url)) continue;
      const target = link.url.replace(/#.*$/, '');
      const key = `${target}\u0000${link.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      uses.push({ page: page.url, target, element: link.element, attribute: link.attribute, selector: link.path,
        text: link.text });
    }
    return uses;
  },
  async finish(collected, { probe }) {
    if (!probe) return [];
    const uses = collected.flat();
    const targets = [...new Set(uses.map((u) => u.target))];
    const verdicts = new Map(await Promise.all(targets.map(async (t) => [t, judgeProbe(await probe.probe(t))] as const)));
    const results: CheckResult[] = [];
    for (const use of uses) {
      const verdict = verdicts.get(use.target)!;
      if (verdict.kind === 'ok') continue;
      results.push({
        messageId: verdict.kind === 'broken' ? verdict.messageId : 'inconclusive',
        outcome: verdict.kind === 'broken' ? 'fail' : 'incomplete',
        ...(verdict.kind === 'inconclusive' ? { severity: 'info' as const } : {}),
        url: use.page,
        target: use.target,
        location: { selector: use.selector, element: use.element, attribute: use.attribute, snippet: use.text },
        data: { reason: verdict.reason },
      });
    }
    return results;
  },
});
