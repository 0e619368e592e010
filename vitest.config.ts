import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Node tests that need more than Node: Chromium (rendering, PDF), Redis or PostgreSQL, the real CLI as a child
 * process (it loads the whole crawler each time), or a build. They form the integration project; everything
 * else under tests/ (but e2e) is a unit test, run by `npm run test:unit`.
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
  'tests/render/evidence-crop.test.ts',
  'tests/render/render-auto-crawl.test.ts',
  'tests/report/html-pdf.test.ts',
  'tests/report/notice-pdf.test.ts',
  'tests/report/recheck-two-crawls.test.ts',
  'tests/security/bombs.test.ts',
  'tests/security/steering.test.ts',
  'tests/sites/run-sites.test.ts',
  'tests/store/resume.test.ts',
];

// Projects: unit (plain Node, and the extension's units with WXT's fake browser + happy-dom), integration, and
// end-to-end tests that drive Debian's Chromium (one file at a time). `npm test` runs them all.
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/extension/**', 'tests/e2e/**', ...INTEGRATION],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit-extension',
          include: ['tests/extension/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
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
