import { join } from 'node:path';
import { crawlSite } from '../../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../../crawler/config/options.ts';
import { FakeHosts } from './fake-hosts.ts';
import type { Replay } from './linkinator-scenarios.ts';
import { outcomeOf, type Outcome } from './outcome.ts';

/** Links to anything but loopback are never fetched: a safety net under the host rewriting. */
const LOOPBACK_ONLY = '^https?://(?!127\\.0\\.0\\.1[:/])';

/** Serves the replay's fake hosts from `fixtures`, crawls from its start page with links-only checks. */
export async function runReplay(fixtures: string, replay: Replay): Promise<Outcome> {
  const hosts = new FakeHosts();
  const rooted = Object.fromEntries(
    Object.entries(replay.hosts).map(([name, spec]) => [
      name,
      spec.root !== undefined ? { ...spec, root: join(fixtures, spec.root) } : spec,
    ]),
  );
  await hosts.start(rooted);
  try {
    const slash = replay.start.indexOf('/');
    const startUrl = hosts.origin(replay.start.slice(0, slash)) + replay.start.slice(slash);
    const report = await crawlSite(
      resolveOptions({
        startUrl,
        render: 'never',
        useSitemap: false,
        ignoreRobots: true,
        maxDepth: replay.recurse ? 8 : 0,
        retries: replay.retries ?? 0,
        retryBaseMs: 5,
        maxRetryAfterMs: 10,
        timeoutMs: replay.timeoutMs ?? 5000,
        checks: ['link-broken', 'link-wrong'],
        asOf: '2026-11-23',
        skipLinks: [...(replay.skip ?? []).map((s) => hosts.rewrite(s)), LOOPBACK_ONLY],
        // The fake hosts are loopback ports standing for other sites: allowed past the address policy.
        allowPrivate: ['127.0.0.1'],
        checkOptions: replay.linkOptions ? { 'link-broken': replay.linkOptions } : {},
      }),
    );
    return outcomeOf(report, hosts.requested, (u) => hosts.unrewrite(u), replay.startPageOnly ? startUrl : undefined);
  } finally {
    await hosts.close();
  }
}
