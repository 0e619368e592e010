import Database from 'better-sqlite3';
import type { Collected } from '../../shared/checks/collected.ts';
import type { ProbeResult } from '../../shared/checks/link-probe.ts';
import type { Finding } from '../../shared/model/finding.ts';
import type { PageRecord, Report } from '../../shared/model/report.ts';
import type { FrontierEntry } from '../frontier/frontier.ts';
import type { CompletedPage, CrawledPages, CrawlState } from './crawl-state.ts';
import { COLLECTED_BATCH, readCollected, type CollectedRow } from './read-collected.ts';
import { storedReport } from './run-history.ts';
import { openDatabase } from './sqlite-schema.ts';
import type { StoredPage } from './page-validators.ts';
import { ProbeMemory, type StoredProbe } from './probe-memory.ts';
import { StoredState } from './stored-state.ts';

const BATCH = 256;
/** Longest a write waits for its commit (see grouped). */
const COMMIT_EVERY_MS = 100;

// Incremental re-crawl: an unchanged page's rows of the previous run, copied as stored (new run, old run, URL).
const COPY_UNCHANGED = [
  `INSERT INTO findings (run_id, page_url, finding) SELECT ?, page_url, finding FROM findings
    WHERE run_id = ? AND page_url = ? ORDER BY id`,
  `INSERT INTO collected (run_id, page_url, check_id, item) SELECT ?, page_url, check_id, item FROM collected
    WHERE run_id = ? AND page_url = ? ORDER BY id`,
  `INSERT OR REPLACE INTO validators (run_id, url, etag, last_modified, hash, links)
    SELECT ?, url, etag, last_modified, hash, links FROM validators WHERE run_id = ? AND url = ?`,
];

/**
 * Crash-safe crawl state in SQLite (WAL). A page's record, findings and collected items are written in the
 * same transaction that marks its frontier row done; a URL handed out but not completed stays queued, so a
 * resumed run fetches exactly the pages that never finished.
 */
export class SqliteState extends StoredState implements CrawlState {
  /**
   * Probe results of finished pages, read from the pages table when asked: held in memory they grew with the
   * site (50,000 pages ≈ 23 MB of live heap, and V8 sizes the heap at a multiple of what is live).
   */
  readonly crawled: CrawledPages;
  readonly startedAt: Date;
  readonly resumed: boolean;
  private readonly db: Database.Database;
  private readonly runId: number;
  private buffer: FrontierEntry[] = [];
  private cursor = 0;
  /** The newest finished run of this site with the same reuse key, whose unchanged pages this run takes over. */
  private previousRun: number | undefined;
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    db: Database.Database,
    runId: number,
    startedAt: Date,
    resumed: boolean,
    private readonly maxPages: number,
  ) {
    super();
    this.db = db;
    this.runId = runId;
    this.startedAt = startedAt;
    this.resumed = resumed;
    const count = (sql: string) => (db.prepare(sql).get(runId) as { n: number }).n;
    this.admitted = count('SELECT count(*) AS n FROM frontier WHERE run_id = ?');
    this.done = count('SELECT count(*) AS n FROM frontier WHERE run_id = ? AND done = 1');
    this.queued = this.admitted - this.done;
    this.findingTotal = count('SELECT count(*) AS n FROM findings WHERE run_id = ?');
    const probeOf = db.prepare('SELECT probe FROM pages WHERE run_id = ? AND url = ?');
    this.crawled = {
      get: (url) => {
        const row = probeOf.get(runId, url) as { probe: string } | undefined;
        return row && (JSON.parse(row.probe) as ProbeResult);
      },
    };
  }

  /**
   * Opens the database; with resume, continues the newest unfinished run of this start URL. With `reuseKey`
   * (see reuseKey()), pages unchanged since the newest finished run of the same key are taken over from it.
   */
  static open(
    path: string,
    startUrl: string,
    options: unknown,
    maxPages: number,
    resume: boolean,
    reuseKey?: string,
  ): SqliteState {
    const db = openDatabase(path);
    const previous = resume
      ? (db
          .prepare(
            'SELECT id, started_at FROM runs WHERE start_url = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1',
          )
          .get(startUrl) as { id: number; started_at: string } | undefined)
      : undefined;
    const startedAt = new Date();
    const state = previous
      ? new SqliteState(db, previous.id, new Date(previous.started_at), true, maxPages)
      : new SqliteState(db, insertRun(db, startUrl, options, startedAt), startedAt, false, maxPages);
    if (reuseKey !== undefined) state.linkPreviousRun(startUrl, reuseKey);
    return state;
  }

  private linkPreviousRun(startUrl: string, reuseKey: string): void {
    this.db.prepare('INSERT OR REPLACE INTO run_reuse (run_id, reuse_key) VALUES (?, ?)').run(this.runId, reuseKey);
    const row = this.db
      .prepare(`SELECT r.id FROM runs r JOIN run_reuse k ON k.run_id = r.id
      WHERE r.start_url = ? AND r.finished_at IS NOT NULL AND k.reuse_key = ? AND r.id < ? ORDER BY r.id DESC LIMIT 1`)
      .get(startUrl, reuseKey, this.runId) as { id: number } | undefined;
    this.previousRun = row?.id;
  }

  /**
   * Link probes of this run; the previous run's results of targets that answered well reused until `every` runs old.
   */
  probeMemory(every: number): ProbeMemory {
    const read = this.db.prepare('SELECT probe, age FROM link_probes WHERE run_id = ? AND url = ?');
    const previous = (url: string): StoredProbe | undefined => {
      const row =
        this.previousRun === undefined
          ? undefined
          : (read.get(this.previousRun, url) as { probe: string; age: number } | undefined);
      return row && { probe: JSON.parse(row.probe) as ProbeResult, age: row.age };
    };
    const add = this.db.prepare('INSERT OR REPLACE INTO link_probes (run_id, url, probe, age) VALUES (?, ?, ?, ?)');
    const save = this.db.transaction((probes: readonly [string, StoredProbe][]) => {
      for (const [url, { probe, age }] of probes) add.run(this.runId, url, JSON.stringify(probe), age);
    });
    return new ProbeMemory(previous, every, save);
  }

  /** What the previous run stored for this URL (record, probe, findings, validators), if any. */
  async previousPage(url: string): Promise<StoredPage | undefined> {
    if (this.previousRun === undefined) return undefined;
    const run = this.previousRun;
    const row = this.statement(`SELECT v.etag, v.last_modified, v.hash, v.links, p.record, p.probe FROM validators v
      JOIN pages p ON p.run_id = v.run_id AND p.url = v.url WHERE v.run_id = ? AND v.url = ?`).get(run, url) as
      | {
          etag: string | null;
          last_modified: string | null;
          hash: string;
          links: string;
          record: string;
          probe: string;
        }
      | undefined;
    if (!row) return undefined;
    const findings = (
      this.statement('SELECT finding FROM findings WHERE run_id = ? AND page_url = ? ORDER BY id').all(run, url) as {
        finding: string;
      }[]
    ).map((f) => JSON.parse(f.finding) as Finding);
    const validators = {
      ...(row.etag ? { etag: row.etag } : {}),
      ...(row.last_modified ? { lastModified: row.last_modified } : {}),
      hash: row.hash,
      links: JSON.parse(row.links) as string[],
    };
    const record = JSON.parse(row.record) as PageRecord;
    return { record, probe: JSON.parse(row.probe) as ProbeResult, findings, validators };
  }

  async completeUnchanged(url: string, record: PageRecord, stored: StoredPage): Promise<void> {
    const from = this.previousRun;
    this.grouped(
      this.db.transaction(() => {
        this.markDone(url, record, stored.probe);
        for (const sql of COPY_UNCHANGED) this.statement(sql).run(this.runId, from, url);
      }),
    );
    this.done++;
    this.findingTotal += stored.findings.length;
  }

  get id(): number {
    return this.runId;
  }

  async enqueue(entry: FrontierEntry): Promise<boolean> {
    if (this.admitted >= this.maxPages) {
      if (!this.has(entry.url)) this.refused++;
      return false;
    }
    const { changes } = this.grouped(() =>
      this.statement('INSERT OR IGNORE INTO frontier (run_id, url, depth, referrer) VALUES (?, ?, ?, ?)').run(
        this.runId,
        entry.url,
        entry.depth,
        entry.referrer ?? null,
      ),
    );
    this.admitted += changes;
    this.queued += changes;
    return changes > 0;
  }

  async next(): Promise<FrontierEntry | undefined> {
    if (!this.buffer.length) {
      const rows = this.statement(
        'SELECT seq, url, depth, referrer FROM frontier WHERE run_id = ? AND done = 0 AND seq > ? ORDER BY seq LIMIT ?',
      ).all(this.runId, this.cursor, BATCH) as { seq: number; url: string; depth: number; referrer: string | null }[];
      if (!rows.length) return undefined;
      this.cursor = rows[rows.length - 1].seq;
      this.buffer = rows.map((r) => ({ url: r.url, depth: r.depth, ...(r.referrer ? { referrer: r.referrer } : {}) }));
    }
    this.queued--;
    return this.buffer.shift();
  }

  async complete(url: string, page: CompletedPage): Promise<void> {
    const write = this.db.transaction(() => {
      this.markDone(url, page.record, page.probe);
      const addFinding = this.statement('INSERT INTO findings (run_id, page_url, finding) VALUES (?, ?, ?)');
      for (const f of page.findings) addFinding.run(this.runId, url, JSON.stringify(f));
      const addItem = this.statement('INSERT INTO collected (run_id, page_url, check_id, item) VALUES (?, ?, ?, ?)');
      for (const [checkId, item] of page.collected) addItem.run(this.runId, url, checkId, JSON.stringify(item));
      const v = page.validators;
      if (v) {
        this.statement(`INSERT OR REPLACE INTO validators (run_id, url, etag, last_modified, hash, links)
          VALUES (?, ?, ?, ?, ?, ?)`).run(
          this.runId,
          url,
          v.etag ?? null,
          v.lastModified ?? null,
          v.hash,
          JSON.stringify(v.links),
        );
      }
    });
    this.grouped(write);
    this.done++;
    this.findingTotal += page.findings.length;
  }

  /** The frontier row done and the page's record: the first writes of a completion. */
  private markDone(url: string, record: PageRecord, probe: ProbeResult): void {
    this.statement('UPDATE frontier SET done = 1 WHERE run_id = ? AND url = ?').run(this.runId, url);
    this.statement('INSERT OR REPLACE INTO pages (run_id, url, record, probe) VALUES (?, ?, ?, ?)').run(
      this.runId,
      url,
      JSON.stringify(record),
      JSON.stringify(probe),
    );
  }

  async pages(): Promise<PageRecord[]> {
    return this.column<PageRecord>('SELECT record AS v FROM pages WHERE run_id = ? ORDER BY rowid');
  }

  async findings(): Promise<Finding[]> {
    return this.column<Finding>('SELECT finding AS v FROM findings WHERE run_id = ? ORDER BY id');
  }

  collected(checkId: string): Collected<unknown> {
    const read = this.db.prepare(
      'SELECT id, item FROM collected WHERE run_id = ? AND check_id = ? AND id > ? ORDER BY id LIMIT ?',
    );
    return readCollected((after) => read.all(this.runId, checkId, after, COLLECTED_BATCH) as CollectedRow[]);
  }

  async close(report?: Report): Promise<void> {
    this.commit();
    if (report) {
      this.db
        .prepare('UPDATE runs SET finished_at = ?, report = ? WHERE id = ?')
        .run(report.finishedAt, storedReport(report), this.runId);
    }
    this.db.close();
  }

  /**
   * Every write of up to COMMIT_EVERY_MS in one transaction: a commit per frontier link (each page enqueues ~10)
   * cost more than the inserts, and a commit per event-loop turn (a page or two with 16 in flight) rewrote the
   * same b-tree pages hundreds of times a second. A write that the process never commits (killed before the
   * commit) loses only pages not yet marked done, which a resumed run fetches again.
   */
  private grouped<T>(write: () => T): T {
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN');
      setTimeout(() => this.commit(), COMMIT_EVERY_MS);
    }
    return write();
  }

  private commit(): void {
    if (this.db.open && this.db.inTransaction) this.db.exec('COMMIT');
  }

  /** Prepared once per SQL text: preparing costs more than running on hot paths (enqueue runs per link). */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  private has(url: string): boolean {
    return this.statement('SELECT 1 FROM frontier WHERE run_id = ? AND url = ?').get(this.runId, url) !== undefined;
  }

  /** Row by row: never every row's JSON text and its parsed value at once. */
  private column<T>(sql: string): T[] {
    const values: T[] = [];
    for (const row of this.db.prepare(sql).iterate(this.runId) as Iterable<{ v: string }>)
      values.push(JSON.parse(row.v) as T);
    return values;
  }
}

function insertRun(db: Database.Database, startUrl: string, options: unknown, startedAt: Date): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO runs (start_url, options, started_at) VALUES (?, ?, ?)')
    .run(startUrl, JSON.stringify(options), startedAt.toISOString());
  return Number(lastInsertRowid);
}
