import { h } from 'preact';
import { findingRows, resolvedRows } from '../../../shared/report/rows.ts';
import type { SitesConfig } from '../sites/sites-config.ts';
import { applyFilters, filtersOf } from './filters.ts';
import { runForDisplay } from './run-evidence.ts';
import type { Lang, Translate } from './i18n.ts';
import { renderPage } from './render.ts';
import type { RunStore } from './run-store.ts';
import { configuredSite, siteOverview, siteOverviews } from './site-model.ts';
import { RunPage } from './views/run-page.tsx';
import { SiteList } from './views/site-list.tsx';
import { SitePage } from './views/site-page.tsx';

export interface PageContext {
  store: RunStore;
  config?: SitesConfig;
  t: Translate;
  lang: Lang;
}

/** Each returns the page's HTML, or undefined for 404. */
export async function siteListPage({ store, config, t, lang }: PageContext): Promise<string> {
  return renderPage(
    t('sites'),
    t,
    lang,
    h(SiteList, { t, lang, bulletin: config !== undefined, sites: await siteOverviews(store, config) }),
  );
}

export async function sitePage(
  { store, config, t, lang }: PageContext,
  params: URLSearchParams,
): Promise<string | undefined> {
  const startUrl = params.get('u') ?? '';
  const entry = configuredSite(config, startUrl);
  if (!entry && !(await store.startUrls()).includes(startUrl)) return undefined;
  const site = await siteOverview(store, startUrl, entry);
  const shown = site.latest && (await runForDisplay(site.latest.report, config, entry));
  const rows = shown ? [...findingRows(shown.report, shown.options), ...resolvedRows(shown.report, shown.options)] : [];
  const filters = filtersOf(params);
  return renderPage(
    site.name,
    t,
    lang,
    h(SitePage, { t, lang, site, rows, shown: applyFilters(rows, filters), filters }),
  );
}

export async function runPage({ store, config, t, lang }: PageContext, runId: number): Promise<string | undefined> {
  const run = await store.run(runId);
  if (!run?.report) return undefined;
  const shown = await runForDisplay(run.report, config, configuredSite(config, run.startUrl));
  return renderPage(`${t('run')} #${runId}`, t, lang, h(RunPage, { t, lang, runId, ...shown }));
}
