import type { CheckResult } from '../checks/types.ts';
import type { Localized } from '../model/localized.ts';
import { hostOf, domainSpamScore, isForeignHost, type DomainVerdict } from './domains.ts';
import { isSpamScore, scoreText, spamTerms, type SpamScore } from './matcher.ts';

/** Who gets to see a piece of content (data.visibleTo of every spam finding). */
export const VISIBLE_TO_ALL = ['all-visitors'];
/** Hidden content: present in the page source (so crawlers index it) but not shown to readers. */
export const VISIBLE_TO_SOURCE = ['crawlers', 'page-source'];

/** Rectification advice shared by every spam check (整改建议). */
export const SPAM_FIX: Localized = {
  zh:
    '立即删除被植入的内容或链接并保留证据；排查网站模板、公共头尾文件、数据库和服务器是否被篡改（检查近期修改的文' +
    '件、后台账号、上传目录和第三方脚本），修补漏洞、修改口令后复查全部页面，并按要求向主管部门和网信、公安部门报告。',
  en:
    'Remove the injected content or link at once and keep evidence; check templates, shared header/footer ' +
    'includes, database and server for tampering (recently changed files, admin accounts, upload folders, ' +
    'third-party scripts); patch, change passwords, re-check every page and report the incident as required.',
};

export interface LinkJudgement {
  spam: boolean;
  foreign: boolean;
  anchor: SpamScore;
  domain: DomainVerdict;
}

/**
 * Whether an outbound link is spam: its anchor text and host name together must reach the visible
 * threshold (3), or the concealed one (2) when the link is hidden, script-only or shown only to crawlers.
 */
export function judgeLink(
  url: string,
  text: string,
  pageUrl: string,
  concealed: boolean,
  blocked: readonly string[] = [],
): LinkJudgement | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const anchor = scoreText(text);
  const foreign = isForeignHost(host, pageUrl);
  const domain = foreign ? domainSpamScore(host, blocked) : { score: 0, reasons: [] };
  const total = anchor.score + domain.score;
  return { spam: total >= (concealed ? 2 : 3), foreign, anchor, domain };
}

/** Common result fields of a spam text finding. */
export function textEvidence(
  text: string,
  score: SpamScore,
): Pick<CheckResult, 'text' | 'data'> & { offset: number; context: string } {
  const first = score.hits.find((h) => h.family !== 'cue')!;
  return {
    text: first.text,
    offset: first.start,
    context: text.slice(Math.max(0, first.start - 30), first.end + 30),
    data: { terms: spamTerms(score), families: score.families, score: score.score, dodges: score.dodges },
  };
}

export { isSpamScore, scoreText };
