import type Database from 'better-sqlite3';
import { AddressPolicy } from '../../fetch/address-policy.ts';
import { HostLimiter } from '../../fetch/host-limiter.ts';
import { HttpClient } from '../../fetch/http-client.ts';
import { USER_AGENT } from '../../config/options.ts';
import { openDatabase } from '../../store/sqlite-schema.ts';
import { siteCrawlOptions, type SiteEntry, type SitesConfig } from './sites-config.ts';

const PROBES_TABLE = `CREATE TABLE IF NOT EXISTS probes (
  site TEXT NOT NULL, at TEXT NOT NULL, ok INTEGER NOT NULL, status INTEGER NOT NULL, error TEXT, ms INTEGER NOT NULL)`;

function probesDb(path: string): Database.Database {
  const db = openDatabase(path);
  db.exec(PROBES_TABLE);
  return db;
}

/** One visit of the home page as NAT-V2 counts it: failed when it does not open within the time limit. */
export async function probeHomePage(
  config: SitesConfig,
  site: SiteEntry,
): Promise<{ ok: boolean; status: number; error?: string; ms: number }> {
  // A home page that redirects into the inspector's network gets no request there, as in a crawl.
  const policy = new AddressPolicy({ startUrl: site.url, allowPrivate: siteCrawlOptions(config, site).allowPrivate });
  await policy.prepare();
  const client = new HttpClient({
    userAgent: USER_AGENT,
    timeoutMs: config.availability.timeoutMs,
    maxBytes: 1 << 20,
    maxRedirects: 10,
    retries: 0,
    retryBaseMs: 0,
    maxRetryAfterMs: 0,
    limiter: new HostLimiter(1, 0),
    policy,
  });
  const started = Date.now();
  try {
    const res = await client.fetch(site.url, 'full');
    const ms = Date.now() - started;
    const ok = !res.error && res.status > 0 && res.status < 400 && ms <= config.availability.timeoutMs;
    const result = { ok, status: res.status, ms, ...(res.error ? { error: res.error } : {}) };
    const db = probesDb(config.db);
    db.prepare('INSERT INTO probes (site, at, ok, status, error, ms) VALUES (?, ?, ?, ?, ?, ?)').run(
      site.name,
      new Date(started).toISOString(),
      ok ? 1 : 0,
      res.status,
      res.error ?? null,
      ms,
    );
    db.close();
    return result;
  } finally {
    await client.close();
  }
}

/** Visits and failures over the last `days` days, against the veto ratio. */
export function availabilitySummary(
  config: SitesConfig,
  site: SiteEntry,
  days = 7,
): { visits: number; failed: number; ratio: number; veto: boolean } {
  const db = probesDb(config.db);
  const since = new Date(Date.now() - days * 86_400_000).toISOString();
  const row = db
    .prepare('SELECT count(*) AS visits, sum(1 - ok) AS failed FROM probes WHERE site = ? AND at >= ?')
    .get(site.name, since) as { visits: number; failed: number | null };
  db.close();
  const failed = row.failed ?? 0;
  const ratio = row.visits ? failed / row.visits : 0;
  return { visits: row.visits, failed, ratio, veto: row.visits > 0 && ratio >= config.availability.vetoRatio };
}
