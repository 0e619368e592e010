import { describe, it } from 'vitest';
import { CHECK_BY_ID } from '../../../shared/checks/index.ts';
import { CheckEngine } from '../../../shared/engine/run-checks.ts';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import { expectFindings, fixturePages } from './expectations.ts';

// Checks that read the page's markup only; each fixture is served as the site's home page.
const SITE = 'http://127.0.0.1/';

describe.each(fixturePages(['a11y-captcha-alt', 'a11y-elder-entry']))('$check / $name', (page) => {
  it('reports what the fixture expects', async () => {
    const engine = new CheckEngine({
      checks: [CHECK_BY_ID.get(page.check)!],
      siteUrl: SITE,
      asOf: '2026-01-01',
      profiles: [],
      capabilities: { rendered: false, network: false },
    });
    expectFindings(await engine.checkPage(snapshotOf(page.html, SITE)), page.expected);
  });
});
