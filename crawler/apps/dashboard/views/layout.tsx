import type { ComponentChildren } from 'preact';
import type { Lang, Translate } from '../i18n.ts';

export interface LayoutProps {
  t: Translate;
  lang: Lang;
  children: ComponentChildren;
}

/** Header (home link, language switch) and the live-progress box the inline script keeps current. */
export function Layout({ t, lang, children }: LayoutProps) {
  return (
    <div class="dashboard">
      <header class="top">
        <a class="home" href="/">
          {t('title')}
        </a>
        <nav class="lang">
          <button type="button" data-lang="zh" aria-pressed={lang === 'zh'}>
            中文
          </button>
          <button type="button" data-lang="en" aria-pressed={lang === 'en'}>
            English
          </button>
        </nav>
      </header>
      <section class="progress" id="progress" aria-live="polite">
        <h2>{t('progress')}</h2>
        <ul
          id="progress-list"
          data-idle={t('idle')}
          data-running={t('running')}
          data-queued={t('queued')}
          data-done={t('pagesDone')}
          data-waiting={t('pagesQueued')}
          data-findings={t('findings')}
        >
          <li class="muted">{t('idle')}</li>
        </ul>
      </section>
      <main class="report">{children}</main>
    </div>
  );
}
