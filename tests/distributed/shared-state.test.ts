import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisOptions } from '../../crawler/apps/distributed/queue.ts';
import { RedisHostLimiter } from '../../crawler/apps/distributed/redis-host-limiter.ts';
import { PgState } from '../../crawler/store/pg-state.ts';
import { startPostgres, startRedis, type Service } from '../helpers/services.ts';

const START = 'http://127.0.0.1:9/';
const page = (url: string) => ({
  record: { url, finalUrl: url, status: 200, contentType: 'text/html', title: url, depth: 1, rendered: false },
  probe: { url, status: 200, finalUrl: url, redirects: [url] },
  findings: [],
  collected: [] as [string, unknown][],
});

describe('shared state for several workers: PostgreSQL frontier claims, Redis per-host limiter', () => {
  let redis: Service;
  let postgres: Service;

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([redis?.stop(), postgres?.stop()]);
  });

  it("hands each URL of one run to one worker, and a dead worker's claims to the others", async () => {
    PgState.claimLeaseMs = 1_000;
    const a = await PgState.open(postgres.url, START, {}, 100, false);
    const b = await PgState.open(postgres.url, START, {}, 100, true);
    expect(b.id).toBe(a.id);
    for (let i = 0; i < 20; i++) await a.enqueue({ url: `${START}p/${i}`, depth: 1 });
    // Both claim at once; every URL goes to exactly one of them.
    const claimed = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).next()));
    const urls = claimed.map((e) => e!.url);
    expect(new Set(urls).size).toBe(10);

    // A third worker claims one URL and dies (its heartbeat stops: no close, as with SIGKILL).
    const dying = await PgState.open(postgres.url, START, {}, 100, true);
    const orphan = (await dying.next())!.url;
    (dying as unknown as { heartbeat: NodeJS.Timeout }).heartbeat.close();
    for (const url of urls) await (urls.indexOf(url) % 2 ? b : a).complete(url, page(url));
    const rest: string[] = [];
    for (let e = await a.next(); e; e = await a.next()) {
      rest.push(e.url);
      await a.complete(e.url, page(e.url));
    }
    // a waited for the orphan's lease to lapse, then took it over; nothing is left and nothing was done twice.
    expect(rest).toContain(orphan);
    expect(new Set([...urls, ...rest]).size).toBe(20);
    expect(await a.pages()).toHaveLength(20);
    // A late completion by the "dead" worker adds nothing twice.
    await dying.complete(orphan, { ...page(orphan), findings: [{ id: 'x' } as never] });
    expect(await a.findings()).toHaveLength(0);
    await Promise.all([a.close(), b.close(), dying.close()]);

    const db = new pg.Client(postgres.url);
    await db.connect();
    const { rows } = await db.query('SELECT count(*)::int AS n FROM frontier WHERE run_id = $1 AND done', [a.id]);
    await db.end();
    expect(rows[0].n).toBe(20);
  }, 120_000);

  it('keeps per-host concurrency and delay across limiters (workers) sharing one Redis', async () => {
    const connections = [new Redis(redisOptions(redis.url)), new Redis(redisOptions(redis.url))];
    const limiters = connections.map((c) => new RedisHostLimiter(c, 1, 100, 10_000));
    let active = 0;
    let maxActive = 0;
    const sends: number[] = [];
    // Every other request takes 60 ms to leave after its slot (a new connection): the delay counts from then.
    const request = (leavesAfterMs: number) => async (sent: () => void) => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, leavesAfterMs));
      sends.push(Date.now());
      sent();
      await new Promise((r) => setTimeout(r, 20));
      active--;
    };
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => limiters[i % 2].run('site.example:80', request(i % 2 ? 0 : 60))),
    );
    // Other hosts are not held up by this one.
    await limiters[0].run('other.example:80', request(0));
    await Promise.all(connections.map((c) => c.quit()));
    expect(maxActive).toBe(1);
    // 100 ms between sends, on Redis's clock (a send is reported after it happened; 1 ms steps on ours).
    const gaps = sends.slice(1, 6).map((t, i) => t - sends[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(99);
  }, 120_000);
});
