import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import type { Collected } from '../../shared/checks/collected.ts';
import type { ProbeResult } from '../../shared/checks/link-probe.ts';
import type { Finding } from '../../shared/model/finding.ts';
import type { PageRecord, Report } from '../../shared/model/report.ts';
import type { FrontierEntry } from '../frontier/frontier.ts';
import type { CompletedPage, CrawlState } from './crawl-state.ts';
import { inTransaction, openPgPool } from './pg-schema.ts';
import { COLLECTED_BATCH, readCollected, type CollectedRow } from './read-collected.ts';
import { storedReport } from './run-history.ts';
import { StoredState } from './stored-state.ts';
import type { StoredPage } from './page-validators.ts';
import { ProbeMemory, type StoredProbe } from './probe-memory.ts';

// Hands out the oldest unfinished URL nobody alive holds: unclaimed, or claimed by a worker whose heartbeat
// stopped (killed). SKIP LOCKED lets several workers claim at once without waiting on each other's rows.
const CLAIM = `
UPDATE frontier SET claimed_by = $2 WHERE seq = (
  SELECT seq FROM frontier WHERE run_id = $1 AND NOT done AND (claimed_by IS NULL OR claimed_by NOT IN
    (SELECT id FROM workers WHERE seen_at > now() - make_interval(secs => $3)))
  ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED)
RETURNING url, depth, referrer`;

// Incremental re-crawl: the run whose unchanged pages this one takes over, and one stored page of it.
const PREVIOUS_RUN = `SELECT r.id FROM runs r JOIN run_reuse k ON k.run_id = r.id
  WHERE r.start_url = $1 AND r.finished_at IS NOT NULL AND k.reuse_key = $2 AND r.id < $3 ORDER BY r.id DESC LIMIT 1`;
const STORED_PAGE = `SELECT v.etag, v.last_modified, v.hash, v.links, p.record, p.probe FROM validators v
  JOIN pages p ON p.run_id = v.run_id AND p.url = v.url WHERE v.run_id = $1 AND v.url = $2`;
// An unchanged page's rows of the previous run, copied as stored ($1 new run, $2 old run, $3 URL).
const COPY_UNCHANGED = [
  `INSERT INTO findings (run_id, page_url, finding) SELECT $1, page_url, finding FROM findings
    WHERE run_id = $2 AND page_url = $3 ORDER BY id`,
  `INSERT INTO collected (run_id, page_url, check_id, item) SELECT $1, page_url, check_id, item FROM collected
    WHERE run_id = $2 AND page_url = $3 ORDER BY id`,
  `INSERT INTO validators (run_id, url, etag, last_modified, hash, links)
    SELECT $1, url, etag, last_modified, hash, links FROM validators WHERE run_id = $2 AND url = $3
    ON CONFLICT (run_id, url) DO NOTHING`,
];

/**
 * Crawl state in PostgreSQL, for distributed workers (`--db postgres://…`). Same guarantees as SqliteState
 * (a page and its findings are written in the transaction that marks it done), and the frontier is safe
 * with several processes on one run: each URL is claimed by one live worker at a time.
 */
export class PgState extends StoredState implements CrawlState {
  /** A worker silent this long is taken for dead and its claimed URLs are handed out again. */
  static claimLeaseMs = 15_000;

  /** Every page's probe result for the link probe (other workers' pages too, as of this worker's start). */
  readonly crawled = new Map<string, ProbeResult>();
  private readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly heartbeat: ReturnType<typeof setInterval>;
  /** The newest finished run of this site with the same reuse key (incremental re-crawl; see SqliteState). */
  private previousRun: number | undefined;
  /** That run's link probes (targets not crawled as pages: a few per page at most), read once at the start. */
  private readonly previousProbes = new Map<string, StoredProbe>();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly runId: number,
    readonly startedAt: Date,
    readonly resumed: boolean,
    private readonly maxPages: number,
  ) {
    super();
    this.heartbeat = setInterval(() => void this.beat().catch(() => undefined), PgState.claimLeaseMs / 3);
    this.heartbeat.unref();
  }

  /** Connects; with resume, continues the newest unfinished run of this start URL (whoever began it). */
  static async open(
    url: string,
    startUrl: string,
    options: unknown,
    maxPages: number,
    resume: boolean,
    reuseKey?: string,
  ): Promise<PgState> {
    const pool = await openPgPool(url);
    const previous = resume
      ? (
          await pool.query<{ id: number; started_at: string }>(
            'SELECT id, started_at FROM runs WHERE start_url = $1 AND finished_at IS NULL ORDER BY id DESC LIMIT 1',
            [startUrl],
          )
        ).rows[0]
      : undefined;
    const run =
      previous ??
      (
        await pool.query<{ id: number; started_at: string }>(
          'INSERT INTO runs (start_url, options, started_at) VALUES ($1, $2, $3) RETURNING id, started_at',
          [startUrl, JSON.stringify(options), new Date().toISOString()],
        )
      ).rows[0];
    const state = new PgState(pool, run.id, new Date(run.started_at), previous !== undefined, maxPages);
    await state.load();
    if (reuseKey !== undefined) await state.linkPreviousRun(startUrl, reuseKey);
    return state;
  }

  private async linkPreviousRun(startUrl: string, reuseKey: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO run_reuse (run_id, reuse_key) VALUES ($1, $2)
      ON CONFLICT (run_id) DO UPDATE SET reuse_key = excluded.reuse_key`,
      [this.runId, reuseKey],
    );
    const {
      rows: [row],
    } = await this.pool.query<{ id: number }>(PREVIOUS_RUN, [startUrl, reuseKey, this.runId]);
    this.previousRun = row?.id;
    if (this.previousRun === undefined) return;
    const { rows } = await this.pool.query<{ url: string; probe: string; age: number }>(
      'SELECT url, probe, age FROM link_probes WHERE run_id = $1',
      [this.previousRun],
    );
    for (const r of rows) this.previousProbes.set(r.url, { probe: JSON.parse(r.probe) as ProbeResult, age: r.age });
  }

  /** Link probes of this run; the previous run's results of targets that answered well kept until `every` runs old. */
  probeMemory(every: number): ProbeMemory {
    return new ProbeMemory(
      (url) => this.previousProbes.get(url),
      every,
      async (probes) => {
        // One row per URL (the last result), so the upsert never meets the same key twice.
        const latest = new Map(probes);
        await this.pool.query(
          `INSERT INTO link_probes (run_id, url, probe, age)
          SELECT $1, unnest($2::text[]), unnest($3::text[]), unnest($4::int[])
          ON CONFLICT (run_id, url) DO UPDATE SET probe = excluded.probe, age = excluded.age`,
          [
            this.runId,
            [...latest.keys()],
            [...latest.values()].map((p) => JSON.stringify(p.probe)),
            [...latest.values()].map((p) => p.age),
          ],
        );
      },
    );
  }

  /** What the previous run stored for this URL (record, probe, findings, validators), if any. */
  async previousPage(url: string): Promise<StoredPage | undefined> {
    if (this.previousRun === undefined) return undefined;
    const params = [this.previousRun, url];
    const {
      rows: [row],
    } = await this.pool.query<{
      etag: string | null;
      last_modified: string | null;
      hash: string;
      links: string;
      record: string;
      probe: string;
    }>(STORED_PAGE, params);
    if (!row) return undefined;
    const findings = await this.pool.query<{ finding: string }>(
      'SELECT finding FROM findings WHERE run_id = $1 AND page_url = $2 ORDER BY id',
      params,
    );
    const validators = {
      ...(row.etag ? { etag: row.etag } : {}),
      ...(row.last_modified ? { lastModified: row.last_modified } : {}),
      hash: row.hash,
      links: JSON.parse(row.links) as string[],
    };
    return {
      record: JSON.parse(row.record) as PageRecord,
      probe: JSON.parse(row.probe) as ProbeResult,
      findings: findings.rows.map((f) => JSON.parse(f.finding) as Finding),
      validators,
    };
  }

  get id(): number {
    return this.runId;
  }

  private async load(): Promise<void> {
    await this.beat();
    const {
      rows: [counts],
    } = await this.pool.query<{ admitted: number; done: number; findings: number }>(
      `SELECT (SELECT count(*)::int FROM frontier WHERE run_id = $1) AS admitted,
              (SELECT count(*)::int FROM frontier WHERE run_id = $1 AND done) AS done,
              (SELECT count(*)::int FROM findings WHERE run_id = $1) AS findings`,
      [this.runId],
    );
    this.admitted = counts.admitted;
    this.done = counts.done;
    this.queued = counts.admitted - counts.done;
    this.findingTotal = counts.findings;
    const { rows } = await this.pool.query<{ url: string; probe: string }>(
      'SELECT url, probe FROM pages WHERE run_id = $1',
      [this.runId],
    );
    for (const row of rows) this.crawled.set(row.url, JSON.parse(row.probe) as ProbeResult);
  }

  private async beat(): Promise<void> {
    await this.pool.query(
      'INSERT INTO workers (id, seen_at) VALUES ($1, now()) ON CONFLICT (id) DO UPDATE SET seen_at = now()',
      [this.workerId],
    );
  }

  async enqueue(entry: FrontierEntry): Promise<boolean> {
    if (this.admitted >= this.maxPages) {
      const known = await this.pool.query('SELECT 1 FROM frontier WHERE run_id = $1 AND url = $2', [
        this.runId,
        entry.url,
      ]);
      if (!known.rowCount) this.refused++;
      return false;
    }
    const { rowCount } = await this.pool.query(
      'INSERT INTO frontier (run_id, url, depth, referrer) VALUES ($1, $2, $3, $4) ON CONFLICT (run_id, url) DO ' +
        'NOTHING',
      [this.runId, entry.url, entry.depth, entry.referrer ?? null],
    );
    const added = rowCount ?? 0;
    this.admitted += added;
    this.queued += added;
    return added > 0;
  }

  /**
   * The next URL for this worker. While other live workers still hold URLs of this run (they may add links),
   * waits for them rather than ending the crawl early.
   */
  async next(): Promise<FrontierEntry | undefined> {
    for (;;) {
      const {
        rows: [row],
      } = await this.pool.query<{ url: string; depth: number; referrer: string | null }>(CLAIM, [
        this.runId,
        this.workerId,
        PgState.claimLeaseMs / 1000,
      ]);
      if (row) {
        this.queued--;
        return { url: row.url, depth: row.depth, ...(row.referrer ? { referrer: row.referrer } : {}) };
      }
      const others = await this.pool.query(
        'SELECT 1 FROM frontier WHERE run_id = $1 AND NOT done AND (claimed_by IS NULL OR claimed_by <> $2) LIMIT 1',
        [this.runId, this.workerId],
      );
      if (!others.rowCount) return undefined;
      await sleep(200);
    }
  }

  async completeUnchanged(url: string, record: PageRecord, stored: StoredPage): Promise<void> {
    const written = await inTransaction(this.pool, async (client) => {
      if (!(await this.markDone(client, url, record, stored.probe))) return false;
      for (const sql of COPY_UNCHANGED) await client.query(sql, [this.runId, this.previousRun, url]);
      return true;
    });
    this.counted(url, stored.probe, written, stored.findings.length);
  }

  /**
   * The frontier row done and the page's record, unless another worker completed it first (a slow worker whose
   * claim was taken over adds nothing twice): whether this completion counts.
   */
  private async markDone(client: pg.PoolClient, url: string, record: PageRecord, probe: ProbeResult) {
    const marked = await client.query(
      'UPDATE frontier SET done = true, claimed_by = NULL WHERE run_id = $1 AND url = $2 AND NOT done',
      [this.runId, url],
    );
    if (!marked.rowCount) return false;
    await client.query(
      `INSERT INTO pages (run_id, url, record, probe) VALUES ($1, $2, $3, $4)
      ON CONFLICT (run_id, url) DO UPDATE SET record = excluded.record, probe = excluded.probe`,
      [this.runId, url, JSON.stringify(record), JSON.stringify(probe)],
    );
    return true;
  }

  private counted(url: string, probe: ProbeResult, written: boolean, findings: number): void {
    this.crawled.set(url, probe);
    if (!written) return;
    this.done++;
    this.findingTotal += findings;
  }

  async complete(url: string, page: CompletedPage): Promise<void> {
    const written = await inTransaction(this.pool, async (client) => {
      if (!(await this.markDone(client, url, page.record, page.probe))) return false;
      if (page.findings.length) {
        await client.query('INSERT INTO findings (run_id, page_url, finding) SELECT $1, $2, unnest($3::text[])', [
          this.runId,
          url,
          page.findings.map((f) => JSON.stringify(f)),
        ]);
      }
      if (page.collected.length) {
        await client.query(
          'INSERT INTO collected (run_id, page_url, check_id, item) SELECT $1, $2, unnest($3::text[]), ' +
            'unnest($4::text[])',
          [this.runId, url, page.collected.map(([id]) => id), page.collected.map(([, item]) => JSON.stringify(item))],
        );
      }
      const v = page.validators;
      if (v) {
        await client.query(
          `INSERT INTO validators (run_id, url, etag, last_modified, hash, links)
          VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (run_id, url) DO NOTHING`,
          [this.runId, url, v.etag ?? null, v.lastModified ?? null, v.hash, JSON.stringify(v.links)],
        );
      }
      return true;
    });
    this.counted(url, page.probe, written, page.findings.length);
  }

  async pages(): Promise<PageRecord[]> {
    return this.column<PageRecord>('SELECT record AS v FROM pages WHERE run_id = $1 ORDER BY seq');
  }

  async findings(): Promise<Finding[]> {
    return this.column<Finding>('SELECT finding AS v FROM findings WHERE run_id = $1 ORDER BY id');
  }

  collected(checkId: string): Collected<unknown> {
    return readCollected(
      async (after) =>
        (
          await this.pool.query<CollectedRow>(
            'SELECT id, item FROM collected WHERE run_id = $1 AND check_id = $2 AND id > $3 ORDER BY id LIMIT $4',
            [this.runId, checkId, after, COLLECTED_BATCH],
          )
        ).rows,
    );
  }

  async close(report?: Report): Promise<void> {
    clearInterval(this.heartbeat);
    try {
      if (report) {
        await this.pool.query('UPDATE runs SET finished_at = $1, report = $2 WHERE id = $3', [
          report.finishedAt,
          storedReport(report),
          this.runId,
        ]);
      }
      await this.pool.query('DELETE FROM workers WHERE id = $1', [this.workerId]);
    } finally {
      await this.pool.end();
    }
  }

  private async column<T>(sql: string): Promise<T[]> {
    const { rows } = await this.pool.query<{ v: string }>(sql, [this.runId]);
    return rows.map((r) => JSON.parse(r.v) as T);
  }
}
