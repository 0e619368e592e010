/**
 * Passwords in connection URLs (postgres://user:pass@…, rediss://:pass@…) stay in memory: never stored in a
 * run's options, never printed. Pass them by environment instead (PGPASSWORD, GOVCHECK_REDIS_PASSWORD).
 */
export function hidePassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '***';
    return parsed.href;
  } catch {
    return url;
  }
}

/** A crawl's options as the store keeps them (runs.options): connection URLs without their passwords. */
export function storableOptions<T extends { db?: string }>(options: T): T {
  return options.db ? { ...options, db: hidePassword(options.db) } : options;
}
