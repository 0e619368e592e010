import { describe, expect, it } from 'vitest';
import { contentShape, htmlText, soft404Phrase } from '../../shared/links/soft-404.ts';

describe('soft-404 detection', () => {
  it('finds a phrase in the title whatever the page length', () => {
    expect(soft404Phrase('页面不存在 - 某某县人民政府', '正文'.repeat(500))).toBe('页面不存在');
  });

  it('finds a phrase in a short error page but not in a long article quoting it', () => {
    expect(soft404Phrase('提示', '对不起，您访问的页面已删除，请返回首页。')).toBe('您访问的页面已删除');
    const article = `关于开展网站普查的通知。${'各单位要认真整改。'.repeat(80)}对“页面不存在”等问题要及时处理。`;
    expect(soft404Phrase('关于开展网站普查的通知', article)).toBeUndefined();
  });

  it('does not take construction news for an empty column', () => {
    expect(soft404Phrase('重点项目', '县城污水处理厂二期工程正在建设中。')).toBeUndefined();
    expect(soft404Phrase('信息公开', '本栏目正在建设中')).toBe('栏目正在建设中');
  });

  it('reads title and visible text without a DOM, skipping scripts, styles and comments', () => {
    const { title, text } = htmlText(
      '<html><head><title>提示&amp;信息</title><style>p{}</style></head>' +
        '<body><script>var a="页面不存在";</script><!-- 页面不存在 --><p>您好&nbsp;世界 &#25991;</p></body></html>',
    );
    expect(title).toBe('提示&信息');
    expect(text).toBe('您好 世界 文');
  });

  it('gives two misses of one site the same shape even when they echo the URL', () => {
    const miss = (path: string) => htmlText(`<title>提示</title><p>抱歉，无法显示 ${path}（编号 20261123）</p>`);
    const a = miss('/news/2019/abc-123.html');
    const b = miss('/zwgk/xxgk/def-456.shtml');
    expect(contentShape(a.title, a.text)).toBe(contentShape(b.title, b.text));
    const article = htmlText('<title>提示</title><p>县政府召开常务会议</p>');
    expect(contentShape(article.title, article.text)).not.toBe(contentShape(a.title, a.text));
  });
});
