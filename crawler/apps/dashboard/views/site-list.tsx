import { CATEGORY_LABEL } from '../../../../shared/report/labels.ts';
import type { Lang, Translate } from '../i18n.ts';
import type { SiteOverview } from '../site-model.ts';
import { Sparkline } from './sparkline.tsx';
import { VerdictBadge } from './verdict-badge.tsx';

/** Every site with its latest verdict (and why), findings by category, and the findings trend over runs. */
export function SiteList({
  t,
  sites,
  lang,
  bulletin = false,
}: {
  t: Translate;
  sites: SiteOverview[];
  lang?: Lang;
  bulletin?: boolean;
}) {
  return (
    <>
      <h1>{t('sites')}</h1>
      {bulletin && (
        <nav class="downloads" aria-label={t('bulletin')}>
          <strong>{t('bulletin')}：</strong>
          {(['docx', 'pdf', 'xlsx'] as const).map((f) => (
            <a key={f} class="button" href={`/bulletin/${f}`} data-bulletin={f} download="">
              {f.toUpperCase()}
            </a>
          ))}
        </nav>
      )}
      <table class="sites">
        <thead>
          <tr>
            <th>{t('site')}</th>
            <th>{t('verdict')}</th>
            <th>{t('byCategory')}</th>
            <th>{t('trend')}</th>
            <th>{t('lastRun')}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <tr key={site.startUrl} data-site={site.name}>
              <td>
                <a href={site.href}>{site.name}</a>
                <div class="muted">{site.startUrl}</div>
              </td>
              <td>
                {site.latest ? (
                  <VerdictBadge t={t} summary={site.latest.summary} lang={lang} />
                ) : (
                  <span class="muted">{t('noRun')}</span>
                )}
              </td>
              <td>
                {site.latest && (
                  <ul class="counts">
                    {site.latest.summary.byCategory.map((c) => (
                      <li key={c.key} data-category={c.key}>
                        {CATEGORY_LABEL[c.key as keyof typeof CATEGORY_LABEL] ?? c.key} <strong>{c.count}</strong>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <Sparkline values={site.trend} label={t('trend')} />
              </td>
              <td>
                {site.latest ? (
                  <a href={`/run/${site.latest.runId}`}>
                    {site.latest.report.startedAt.slice(0, 16).replace('T', ' ')}
                  </a>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
