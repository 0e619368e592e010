import { describe, expect, it } from 'vitest';
import { runSite, summary } from './run-site.ts';

const cells = (...values: (string | undefined)[]) => values.map((v) => `<td>${v ?? ''}</td>`).join('');
const row = ([t, a, s, r]: [string, string, string, string?], i: number) =>
  `<tr><td><a href="m${i}.html">${t}</a></td>${cells(a, s, r)}</tr>`;
const table = (rows: [title: string, asked: string, status: string, answered?: string][]) =>
  `<table>${rows.map(row).join('')}</table>`;

describe('message-unanswered: 留言 lists', () => {
  it('reports messages open for over 3 months within the last year, and a list without recent replies', async () => {
    const { findings } = await runSite(
      {
        '/ldxx/': {
          title: '县长信箱',
          depth: 1,
          crumbs: ['首页', '互动交流', '县长信箱'],
          body: table([
            ['关于小区路灯维修的建议', '2024-01-05', '未回复'],
            ['咨询社保卡补办的手续', '2024-04-20', '办理中'],
            ['关于某路段积水问题的反映', '2023-03-01', '未回复'],
            ['询问幼儿园招生时间安排', '2023-11-02', '已回复', '2023-11-09'],
            ['关于农村道路修缮的建议', '2023-12-11', '已办结', '2024-03-05'],
          ]),
        },
        '/tzgg/': {
          title: '通知公告',
          depth: 1,
          crumbs: ['首页', '通知公告'],
          body: table([['关于调整办公时间的公告', '2024-01-05', '未回复']]),
        },
      },
      { asOf: '2024-06-01', checks: ['message-unanswered'] },
    );
    expect(summary(findings)).toEqual([
      'message-unanswered no-recent-reply 县长信箱 /ldxx/ major fail',
      'message-unanswered unanswered 县长信箱 /ldxx/ veto fail',
    ]);
    expect(findings.find((f) => f.messageId === 'unanswered')!.message.zh).toBe(
      '“县长信箱”中的留言“关于小区路灯维修的建议”（2024-01-05）超过3个月未回复',
    );
    expect(findings.find((f) => f.messageId === 'no-recent-reply')).toMatchObject({
      indicators: ['NAT-D14'],
      data: { latest: '2024-03-05' },
    });
  });

  it('stays quiet when every message is answered in time', async () => {
    const { findings } = await runSite(
      {
        '/zxts/': {
          title: '咨询投诉',
          depth: 1,
          crumbs: ['首页', '咨询投诉'],
          body: table([['咨询医保报销比例问题', '2024-05-02', '已回复', '2024-05-06']]),
        },
      },
      { asOf: '2024-06-01', checks: ['message-unanswered'] },
    );
    expect(findings).toEqual([]);
  });
});
