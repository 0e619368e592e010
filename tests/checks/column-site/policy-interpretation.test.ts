import { describe, expect, it } from 'vitest';
import { STATIC_BODY } from './county-site.ts';
import { ORIGIN, runSite, summary, type SitePage } from './run-site.ts';

const article = (column: string, title: string, links: [text: string, href: string][] = []): SitePage => ({
  title,
  depth: 2,
  crumbs: ['首页', column, '正文'],
  meta: { ArticleTitle: title, PubDate: '2024-05-01' },
  body: `<h2>${title}</h2><p>${STATIC_BODY}</p>${links.map(([t, h]) => `<p><a href="${h}">${t}</a></p>`).join('')}`,
});

describe('policy-interpretation: 解读 and document linked both ways', () => {
  it('reports an interpretation without its document and a document that does not link back', async () => {
    const { findings } = await runSite(
      {
        '/zcjd/1.html': article('政策解读', '《平安县农村人居环境整治实施方案》解读', [
          ['《平安县农村人居环境整治实施方案》', '/zcwj/1.html'],
        ]),
        '/zcwj/1.html': article('政策文件', '平安县农村人居环境整治实施方案'),
        '/zcjd/2.html': article('政策解读', '图解：城乡居民医保缴费指南'),
        '/zcjd/3.html': article('政策解读', '《平安县养老服务补贴办法》解读', [['查看原文', '/zcwj/3.html']]),
        '/zcwj/3.html': article('政策文件', '平安县养老服务补贴办法', [['相关解读', '/zcjd/3.html']]),
      },
      { asOf: '2024-06-01', checks: ['policy-interpretation'] },
    );
    expect(summary(findings)).toEqual([
      'policy-interpretation no-backlink 政策解读 /zcwj/1.html minor fail',
      'policy-interpretation no-policy-link 政策解读 /zcjd/2.html minor fail',
    ]);
    expect(findings.find((f) => f.messageId === 'no-backlink')).toMatchObject({
      target: `${ORIGIN}/zcjd/1.html`,
      message: { zh: '政策文件“平安县农村人居环境整治实施方案”未链接到其解读“《平安县农村人居环境整治实施方案》解读”' },
    });
  });
});
