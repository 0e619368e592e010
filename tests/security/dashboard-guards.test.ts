import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GateFullError, RenderGate } from '../../crawler/apps/dashboard/render-gate.ts';
import { isLoopbackBind } from '../../crawler/apps/dashboard/request-guard.ts';
import { startDashboard, type Dashboard } from '../../crawler/apps/dashboard/server.ts';
import { SqliteRunStore } from '../../crawler/apps/dashboard/sqlite-run-store.ts';
import { seedStore, type SeededStore } from '../dashboard/seed-store.ts';

let seeded: SeededStore;
let store: SqliteRunStore;
let open: Dashboard;
let locked: Dashboard;
let csvPath: string;

beforeAll(async () => {
  seeded = await seedStore();
  store = new SqliteRunStore(seeded.config.db);
  open = await startDashboard({ store, config: seeded.config, token: 'tok-open' });
  locked = await startDashboard({
    store,
    config: seeded.config,
    token: 'tok-locked',
    password: 'pw-安全',
    requireAuth: true,
  });
  csvPath = `run/${(await store.runs(seeded.base)).at(-1)!.id}/download/csv`;
}, 300_000);

afterAll(async () => {
  await open?.close();
  await locked?.close();
  await store?.close();
  await seeded?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers, redirect: 'manual' });

describe('downloads and re-crawls refuse what another site makes the browser send', () => {
  it("serves a download asked for by the dashboard's own page or typed in, refuses one from another site", async () => {
    expect((await get(`${open.url}${csvPath}`, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await get(`${open.url}${csvPath}`, { 'sec-fetch-site': 'none' })).status).toBe(200);
    expect((await get(`${open.url}${csvPath}`, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(`${open.url}${csvPath}`, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('refuses a cross-site re-crawl even with the token', async () => {
    const res = await fetch(`${open.url}recrawl`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'cross-site',
        'x-govcheck-token': 'tok-open',
      },
      body: new URLSearchParams({ site: seeded.config.sites[0]!.name }).toString(),
    });
    expect(res.status).toBe(403);
    expect(open.queue?.entries()).toEqual([]);
  });
});

describe('off loopback every page needs the token or the password', () => {
  it('knows loopback binds', () => {
    for (const host of ['127.0.0.1', '127.8.9.1', '::1', 'localhost']) expect(isLoopbackBind(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'inspect.example'])
      expect(isLoopbackBind(host), host).toBe(false);
  });

  it('refuses a page without them', async () => {
    const res = await get(locked.url);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="govcheck"');
    expect((await get(`${locked.url}${csvPath}`)).status).toBe(401);
    expect((await get(`${locked.url}?token=wrong`)).status).toBe(401);
  });

  it("takes the printed link's token into a cookie and out of the address", async () => {
    const res = await get(`${locked.url}?token=tok-locked`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^govcheck_token=tok-locked; HttpOnly; SameSite=Strict/);
    expect((await get(locked.url, { cookie: cookie.split(';')[0]! })).status).toBe(200);
  });

  it('accepts the configured password (HTTP Basic)', async () => {
    const basic = (password: string) => `Basic ${Buffer.from(`inspector:${password}`).toString('base64')}`;
    expect((await get(locked.url, { authorization: basic('pw-安全') })).status).toBe(200);
    expect((await get(locked.url, { authorization: basic('pw-') })).status).toBe(401);
  });
});

describe('one report render at a time', () => {
  it('queues a few renders behind the running one and refuses the rest', async () => {
    const gate = new RenderGate(2);
    const order: number[] = [];
    let release!: () => void;
    const first = gate.run(() => new Promise<void>((resolve) => (release = resolve)).then(() => order.push(1)));
    const queued = [2, 3].map((n) => gate.run(async () => order.push(n)));
    await expect(gate.run(async () => order.push(4))).rejects.toBeInstanceOf(GateFullError);
    expect(order).toEqual([]);
    release();
    await Promise.all([first, ...queued]);
    expect(order).toEqual([1, 2, 3]);
  });
});
