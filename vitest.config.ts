import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Node tests that need more than Node: Chromium (rendering, PDF), Redis or PostgreSQL, the real CLI as a child
 * process (it loads the whole crawler each time), or a build. They form the integration project; everything
 * else under tests/ (but e2e and the crawl and models projects below) is a unit test, run by `npm run test:unit`.
 */
const INTEGRATION = [
  'tests/attachments/attachment-checks.test.ts',
  'tests/build/**/*.test.ts',
  'tests/bulletin/bulletin.test.ts',
  'tests/checks/column-site/columns-crawl.test.ts',
  'tests/checks/column-site/nothing-vanishes.test.ts',
  'tests/checks/column-site/script-menu.test.ts',
  'tests/checks/column-site/unreachable.test.ts',
  'tests/crawler/cli-crawl.test.ts',
  'tests/crawler/cloaking-rendered.test.ts',
  'tests/crawler/links-recheck.test.ts',
  'tests/crawler/links-rendered.test.ts',
  'tests/crawler/script-cloaking.test.ts',
  'tests/crawler/threads-crawl.test.ts',
  'tests/dashboard/dashboard.test.ts',
  'tests/dashboard/evidence-images.test.ts',
  'tests/dashboard/pg-run-store.test.ts',
  'tests/distributed/**/*.test.ts',
  'tests/hostile/disk-full.test.ts',
  'tests/privacy/report-formats.test.ts',
  'tests/render/a11y-sample-crawl.test.ts',
  'tests/render/evidence-crop.test.ts',
  'tests/render/render-auto-crawl.test.ts',
  'tests/report/html-pdf.test.ts',
  'tests/report/notice-pdf.test.ts',
  'tests/report/recheck-two-crawls.test.ts',
  'tests/security/bombs.test.ts',
  'tests/security/steering.test.ts',
  'tests/security/trusted-jobs.test.ts',
  'tests/sites/run-sites.test.ts',
  'tests/store/resume.test.ts',
  'tests/store/incremental-render.test.ts',
];

/**
 * Whole crawls of a loopback site (crawlSite, or runAllSites for a seeded dashboard store): each loads every
 * check's data, jieba and, with typo-confusion, both language models, and waits on real timeouts, retries and
 * politeness delays; plus HTTP client tests that wait real seconds by design (Retry-After, timeouts, deadlines).
 * Project `crawl`: in `npm test`, not in test:unit.
 */
const CRAWLS = [
  'tests/checks/column-site/start-page.test.ts',
  'tests/crawler/checks-chosen.test.ts',
  'tests/crawler/http-client.test.ts',
  'tests/crawler/idle-readers.test.ts',
  'tests/hostile/inputs.test.ts',
  'tests/hostile/politeness.test.ts',
  'tests/links/fixtures-replay.test.ts',
  'tests/links/kinds.test.ts',
  'tests/links/lychee-replay.test.ts',
  'tests/security/dashboard-guards.test.ts',
  'tests/store/incremental.test.ts',
];

/**
 * The language models (SunPinyin's and libime's, ~110 MB each, seconds to load), real pages and texts walked under
 * ../shared/bench, and the data tables regenerated from their inputs. Project `models`: in `npm test`, not in
 * test:unit.
 */
const MODELS_AND_CORPUS = [
  'tests/checks/spam/precision.test.ts',
  'tests/checks/typo/lm-ensemble.test.ts',
  'tests/checks/typo/lm-rule.test.ts',
  'tests/checks/typo/lm-veto.test.ts',
  'tests/checks/typo/real-text.test.ts',
  'tests/crawler/threads-models.test.ts',
  'tests/gen/data-tables.test.ts',
  'tests/snapshot/stream-snapshot.test.ts',
  'tests/text/kenlm-model.test.ts',
  'tests/text/lm-score.test.ts',
  'tests/text/shape-lm-rule.test.ts',
  'tests/text/sunpinyin-model.test.ts',
];

/** The extension's jieba-wasm, compiled afresh with every check's data in each test. Project `models-extension`. */
const EXTENSION_SEGMENTER = ['tests/extension/jieba-wasm-tokens.test.ts', 'tests/extension/wasm-segmenter.test.ts'];

// Projects: unit (plain Node, and the extension's units with WXT's fake browser + happy-dom: `npm run test:unit`),
// crawl, models and models-extension (heavy, above), integration, and end-to-end tests that drive Debian's Chromium
// (one file at a time). `npm test` runs them all.
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/extension/**', 'tests/e2e/**', ...INTEGRATION, ...CRAWLS, ...MODELS_AND_CORPUS],
          environment: 'node',
          // No crawl and no mocked module runs here: the files of a worker share one module graph, so the check
          // set, its dictionaries and the report writers load once per worker instead of once per file.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit-extension',
          include: ['tests/extension/**/*.test.{ts,tsx}'],
          exclude: EXTENSION_SEGMENTER,
          environment: 'happy-dom',
          // One module graph and one window per worker (WXT's fake browser and the check set load once);
          // each file still starts from an empty document.
          isolate: false,
          setupFiles: ['tests/helpers/fresh-document.ts'],
        },
      },
      {
        plugins: [WxtVitest()],
        test: { name: 'models-extension', include: EXTENSION_SEGMENTER, environment: 'happy-dom' },
      },
      {
        test: {
          name: 'crawl',
          include: CRAWLS,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'models',
          include: MODELS_AND_CORPUS,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: INTEGRATION,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
