/**
 * Incremental re-crawl: the settings a run's page results depend on, what tells whether each page changed, the
 * link probes reused across runs, and the indexes that copy an unchanged page's rows. One SQL for SQLite and
 * PostgreSQL.
 */
export const INCREMENTAL_TABLES = `CREATE TABLE IF NOT EXISTS run_reuse (
  run_id INTEGER PRIMARY KEY REFERENCES runs(id),
  reuse_key TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS validators (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  url TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  hash TEXT NOT NULL,
  links TEXT NOT NULL,
  PRIMARY KEY (run_id, url)
);
CREATE TABLE IF NOT EXISTS link_probes (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  url TEXT NOT NULL,
  probe TEXT NOT NULL,
  age INTEGER NOT NULL,
  PRIMARY KEY (run_id, url)
);
CREATE INDEX IF NOT EXISTS findings_page ON findings (run_id, page_url);
CREATE INDEX IF NOT EXISTS collected_page ON collected (run_id, page_url, id);
`;
