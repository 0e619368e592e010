import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readerThreads } from '../../crawler/attachments/attachment-snapshot.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { makeDocx, serveFiles, type Served } from '../attachments/fixtures.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const HOME =
  '<!doctype html><html><head><meta charset="utf-8"><title>云溪县</title></head><body>' +
  '<p>通知公告</p><a href="/notice.docx">补贴发放通知</a></body></html>';

describe('attachment reader threads', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveFiles({
      '/': { type: 'text/html; charset=utf-8', body: HOME },
      '/notice.docx': { type: DOCX, body: await makeDocx() },
    });
  });
  afterAll(() => served.close());

  // Idle reader threads hold ~45 MB each: the 50,000-page peak (the site stage) no longer carries them.
  it('are ended once the pages are read, before the site stage', async () => {
    const report = await crawlSite(
      resolveOptions({ startUrl: `${served.base}/`, render: 'never', useSitemap: false, retries: 0 }),
    );
    // Read in a reader thread (every attachment is), which stayed idle afterwards until this change.
    const notice = report.pages.find((p) => p.url.endsWith('/notice.docx'));
    expect(notice?.skipped).toBeUndefined();
    expect(readerThreads()).toBe(0);
  });
});
