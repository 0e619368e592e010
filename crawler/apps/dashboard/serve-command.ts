import { UsageError } from '../../runtime/errors.ts';
import { loadSitesConfig } from '../sites/sites-config.ts';
import { isPostgresUrl } from '../../store/pg-schema.ts';
import { PgRunStore } from './pg-run-store.ts';
import { startDashboard } from './server.ts';
import { SqliteRunStore } from './sqlite-run-store.ts';

export interface ServeFlags {
  db?: string;
  config?: string;
  port?: number;
  host?: string;
}

/** `govcheck serve`: runs until SIGINT/SIGTERM; prints the address with the token for state-changing requests. */
export async function runServe(flags: ServeFlags, log: (line: string) => void): Promise<number> {
  const config = flags.config ? await loadSitesConfig(flags.config) : undefined;
  const db = flags.db ?? config?.db;
  if (!db) throw new UsageError('需要 --db 或 --config', 'serve needs --db or --config');
  const store = isPostgresUrl(db) ? await PgRunStore.open(db) : new SqliteRunStore(db);
  const dashboard = await startDashboard({
    store,
    ...(config ? { config: { ...config, db } } : {}),
    host: flags.host ?? '127.0.0.1',
    port: flags.port ?? 8377,
    log,
    // From the environment, never a flag: a password on the command line is in every process list.
    ...(process.env.GOVCHECK_DASHBOARD_PASSWORD ? { password: process.env.GOVCHECK_DASHBOARD_PASSWORD } : {}),
  });
  process.stdout.write(
    `govcheck 检查台 / dashboard: ${dashboard.url}?token=${dashboard.token}\n` +
      `令牌 / token (重新检查等操作需要 / needed for re-crawls): ${dashboard.token}\n`,
  );
  await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
  // A crawl still running is cut off and stays unfinished in the store.
  await dashboard.close();
  await store.close();
  return 0;
}
