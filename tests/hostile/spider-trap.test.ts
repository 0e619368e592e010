import { describe, expect, it } from 'vitest';
import { classify, SpiderTrapGuard } from '../../crawler/frontier/spider-trap.ts';

describe('spider-trap patterns', () => {
  it('leaves ordinary article and list URLs alone', () => {
    for (const url of [
      'https://x.gov.cn/art/2024/11/23/art_1229_123.html',
      'https://x.gov.cn/content.jsp?id=123',
      'https://x.gov.cn/col/col1229/index.html?uid=5&pageNum=7',
      'https://x.gov.cn/p/4711.html',
    ])
      expect(classify(url)).toBeUndefined();
  });

  it('reduces calendars, session ids and nested paths to one pattern each', () => {
    expect(classify('https://x.gov.cn/cal.jsp?month=2024-01')).toEqual(
      classify('https://x.gov.cn/cal.jsp?month=2031-12'),
    );
    expect(classify('https://x.gov.cn/calendar/2024/05/index.html')?.kind).toBe('calendar');
    expect(classify('https://x.gov.cn/list.jsp;jsessionid=AB12')).toEqual({
      kind: 'session-id',
      pattern: 'x.gov.cn/list.jsp?',
    });
    expect(classify('https://x.gov.cn/a.php?id=3&PHPSESSID=zz')?.pattern).toBe('x.gov.cn/a.php?id=3');
    expect(classify('https://x.gov.cn/a/b/a/b/a/b/c.html')?.kind).toBe('repeated-path');
  });

  it('admits up to the cap per pattern, counts the rest, and re-admits known URLs', () => {
    const guard = new SpiderTrapGuard(3);
    const months = Array.from({ length: 10 }, (_, i) => `https://x.gov.cn/cal.jsp?month=2024-${i + 1}`);
    expect(months.map((u) => guard.admit(u))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(guard.admit(months[0])).toBe(true);
    expect(guard.admit('https://x.gov.cn/list.jsp;jsessionid=1')).toBe(true);
    expect(guard.admit('https://x.gov.cn/list.jsp;jsessionid=2')).toBe(false);
    expect(guard.admit('https://x.gov.cn/p/1.html')).toBe(true);
    expect(guard.summary()).toEqual({
      trapsCapped: 8,
      traps: [
        { pattern: 'x.gov.cn/cal.jsp?month=#-#', kind: 'calendar', refused: 7 },
        { pattern: 'x.gov.cn/list.jsp?', kind: 'session-id', refused: 1 },
      ],
    });
  });
});
