import { listEntries } from '../../columns/list-entries.ts';
import { periodLabel, subtractPeriod } from '../../text/dates.ts';
import { defineSiteCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import { gather } from '../collected.ts';

interface MessageRow {
  title: string;
  url: string;
  asked: string;
  answered?: string;
  status?: 'open' | 'answered';
}

interface MessageList {
  url: string;
  name: string;
  rows: MessageRow[];
}

const MESSAGE_PAGE = /留言|信箱|咨询|诉求|来信|问政/;
const OPEN = /未回复|待回复|未答复|待答复|未办结|办理中|处理中|受理中|待处理|未处理/;
const ANSWERED = /已回复|已答复|已办结|已处理|已反馈/;
const MAX_ROWS = 200;
const DEFAULTS = { unansweredAfter: '3m', lookBack: '1y', replyWindow: '2m' };

/** 留言 lists: a message left unanswered for over 3 months in the last year (veto), no reply for 2 months. */
export const messageUnanswered = defineSiteCheck<MessageList>({
  id: 'message-unanswered',
  category: 'column-stale',
  title: { zh: '留言长期未回复', en: 'Unanswered messages' },
  description: {
    zh:
      '读取领导信箱、咨询投诉等留言列表的留言日期、办理状态和答复日期：检查基准日前一年内有超过3个月未回复的留言' +
      '，或2个月内没有新的答复。',
    en:
      'Reads message lists (dates, status, reply dates): messages unanswered for over 3 months in the last year,' +
      ' no reply for 2 months.',
  },
  indicators: ['NAT-V5'],
  severity: 'veto',
  options: {
    schema: {
      unansweredAfter: {
        type: 'string',
        pattern: '^\\d+[dmy]$',
        description: '多久未答复算超期 / age of an unanswered message that counts',
      },
      lookBack: {
        type: 'string',
        pattern: '^\\d+[dmy]$',
        description: '回看多久的留言 / how far back messages are read',
      },
      replyWindow: {
        type: 'string',
        pattern: '^\\d+[dmy]$',
        description: '答复栏目更新时限 / window for a published reply',
      },
    },
    defaults: DEFAULTS,
  },
  messages: {
    unanswered: {
      zh: '“{column}”中的留言“{text}”（{asked}）超过{window}未回复',
      en: 'Message "{text}" ({asked}) in "{column}" unanswered for over {window}',
    },
    'no-recent-reply': {
      zh: '“{column}”{window}内没有新的答复（最近一次答复 {latest}）',
      en: 'No reply published in "{column}" within {window} (last reply {latest})',
    },
  },
  fix: {
    zh: '及时办理并公开答复“{column}”中的留言，公开留言时间、答复时间和答复内容。',
    en: 'Answer the messages in "{column}" and publish the message and reply dates with the reply.',
  },
  collect({ page, asOf }) {
    const name = page.breadcrumbs[page.breadcrumbs.length - 1] ?? page.meta['columnname'] ?? page.title;
    if (!MESSAGE_PAGE.test(`${name} ${page.title}`)) return undefined;
    const rows = listEntries(page, asOf)
      .filter((e) => e.date)
      .slice(0, MAX_ROWS)
      .map((e): MessageRow => {
        const status = OPEN.test(e.row) ? 'open' : ANSWERED.test(e.row) || e.dates[1] ? 'answered' : undefined;
        return {
          title: e.title,
          url: e.url,
          asked: e.dates[0],
          ...(e.dates[1] ? { answered: e.dates[1] } : {}),
          ...(status ? { status } : {}),
        };
      });
    return rows.length ? { url: page.url, name, rows } : undefined;
  },
  async finish(collected, { asOf, options }) {
    const lists = await gather(collected);
    const o = { ...DEFAULTS, ...(options as Partial<typeof DEFAULTS>) };
    const since = subtractPeriod(asOf, o.lookBack);
    const overdue = subtractPeriod(asOf, o.unansweredAfter);
    const replyCutoff = subtractPeriod(asOf, o.replyWindow);
    const late = periodLabel(o.unansweredAfter);
    const seen = new Set<string>();
    const results: CheckResult[] = [];
    for (const list of lists) {
      for (const row of list.rows) {
        if (seen.has(row.url) || row.status !== 'open' || row.asked < since || row.asked >= overdue) continue;
        seen.add(row.url);
        results.push({
          messageId: 'unanswered',
          url: list.url,
          column: list.name,
          text: row.title,
          target: row.url,
          data: { asked: row.asked, window: late.zh },
          words: { window: late },
        });
      }
      const replies = list.rows
        .map((r) => r.answered)
        .filter((d): d is string => !!d)
        .sort();
      const latest = replies[replies.length - 1];
      if (latest && latest < replyCutoff) {
        const w = periodLabel(o.replyWindow);
        results.push({
          messageId: 'no-recent-reply',
          url: list.url,
          column: list.name,
          severity: 'major',
          indicators: ['NAT-D14'],
          data: { latest, window: w.zh },
          words: { window: w },
        });
      }
    }
    return results;
  },
});
