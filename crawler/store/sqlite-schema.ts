import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { INCREMENTAL_TABLES } from './incremental-tables.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  start_url TEXT NOT NULL,
  options TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  report TEXT
);
CREATE TABLE IF NOT EXISTS frontier (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  url TEXT NOT NULL,
  depth INTEGER NOT NULL,
  referrer TEXT,
  done INTEGER NOT NULL DEFAULT 0,
  UNIQUE (run_id, url)
);
CREATE INDEX IF NOT EXISTS frontier_queue ON frontier (run_id, done, seq);
CREATE TABLE IF NOT EXISTS pages (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  url TEXT NOT NULL,
  record TEXT NOT NULL,
  probe TEXT NOT NULL,
  PRIMARY KEY (run_id, url)
);
CREATE TABLE IF NOT EXISTS findings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  page_url TEXT NOT NULL,
  finding TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_run ON findings (run_id);
CREATE TABLE IF NOT EXISTS collected (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  page_url TEXT NOT NULL,
  check_id TEXT NOT NULL,
  item TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS collected_check ON collected (run_id, check_id, id);
${INCREMENTAL_TABLES}`;

/** Opens (creating when needed) a govcheck database in WAL mode with its schema. */
export function openDatabase(path: string): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a killed process (only a power cut can lose the last commits).
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  return db;
}
