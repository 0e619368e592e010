import { FindingsTable } from '../../../../shared/report/components/findings-table.tsx';
import type { FindingRow } from '../../../../shared/report/rows.ts';
import { FILTER_KEYS, filterChoices, type FilterKey, type Filters } from '../filters.ts';
import type { Lang, TextKey, Translate } from '../i18n.ts';
import type { SiteOverview } from '../site-model.ts';
import { ColumnTree } from './column-tree.tsx';
import { RecrawlForm } from './recrawl-form.tsx';
import { RunsTable } from './runs-table.tsx';
import { VerdictBadge } from './verdict-badge.tsx';

export interface SitePageProps {
  t: Translate;
  site: SiteOverview;
  /** Current findings of the latest run plus the previous run's findings gone now (已整改 / 本次未复查). */
  rows: FindingRow[];
  shown: FindingRow[];
  filters: Filters;
  lang?: Lang;
}

/** One site: verdict, re-crawl, its runs, the column tree, and the filterable findings of the latest run. */
export function SitePage(props: SitePageProps) {
  const { t, site } = props;
  return (
    <>
      <p>
        <a href="/">← {t('sites')}</a>
      </p>
      <h1>{site.name}</h1>
      <p class="muted">{site.startUrl}</p>
      {site.latest && <VerdictBadge t={t} summary={site.latest.summary} lang={props.lang} />}
      <RecrawlForm t={t} site={site} />
      <h2>{t('runs')}</h2>
      <RunsTable t={t} runs={site.runs} />
      {site.latest && (
        <div class="site-body">
          <aside>
            <h2>{t('columnTree')}</h2>
            <ColumnTree section={site.latest.report.sections['column-missing']} t={t} />
          </aside>
          <FindingsPanel {...props} />
        </div>
      )}
    </>
  );
}

/** Filters are a plain GET form (the inline script submits it on change), so every filtered view has a URL. */
const ALL_OF: Record<FilterKey, TextKey> = {
  category: 'allCategory',
  severity: 'allSeverity',
  column: 'allColumn',
  unit: 'allUnit',
  status: 'allStatus',
};

function FindingsPanel({ t, lang, site, rows, shown, filters }: SitePageProps) {
  const choices = filterChoices(rows);
  return (
    <section>
      <h2>{t('findings')}</h2>
      <form class="controls filters" method="get" action="/site">
        <input type="hidden" name="u" value={site.startUrl} />
        {FILTER_KEYS.map((key) => (
          <select key={key} name={key} aria-label={t(key)} data-autosubmit="">
            <option value="">{t(ALL_OF[key])}</option>
            {choices[key].map((c) => (
              <option key={c.value} value={c.value} selected={filters[key] === c.value}>
                {c.label}
              </option>
            ))}
          </select>
        ))}
        <button type="submit">{t('apply')}</button>
        <span class="shown" id="shown-count">
          {t('shown')} {shown.length} / {rows.length}
        </span>
      </form>
      <FindingsTable rows={shown} tableId="findings" controls={false} lang={lang} />
    </section>
  );
}
