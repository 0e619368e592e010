import type { Translate } from '../i18n.ts';
import type { SiteOverview } from '../site-model.ts';

/**
 * Queues a re-crawl. The token field is filled (and hidden) by the inline script from the start-up URL's
 * ?token=…; a visitor without it must paste the token printed at start-up.
 */
export function RecrawlForm({ t, site }: { t: Translate; site: SiteOverview }) {
  if (!site.entry) return <p class="muted">{t('notConfigured')}</p>;
  return (
    <form class="recrawl" method="post" action="/recrawl">
      <input type="hidden" name="site" value={site.entry.name} />
      <input
        type="password"
        name="token"
        class="token"
        placeholder={t('token')}
        aria-label={t('token')}
        autocomplete="off"
      />
      <button type="submit" id="recrawl">
        {t('recrawl')}
      </button>
    </form>
  );
}
