import type { HostSpec } from './fake-hosts.ts';

/** How to replay one expected.json entry: which fake hosts answer what, where the crawl starts, options. */
export interface Replay {
  hosts: Record<string, HostSpec>;
  /** `host/path` of the start page. */
  start: string;
  recurse?: boolean;
  retries?: number;
  timeoutMs?: number;
  skip?: string[];
  /** Count only findings on the start page (the other tool was given that one file). */
  startPageOnly?: boolean;
  /** checkOptions["link-broken"]. */
  linkOptions?: Record<string, unknown>;
}

export const SITE = 'fixture.local';
const site = (fixture: string, extra: Partial<HostSpec> = {}): Record<string, HostSpec> => ({
  [SITE]: { root: fixture, ...extra },
});
const ok200 = (paths: string[]) => Object.fromEntries(paths.map((p) => [p, 200]));
const basetag = (file: string, okPath: string, okHost = 'example.invalid'): Replay => ({
  start: 'example.invalid/pageBase/index',
  hosts: {
    'example.invalid': {
      root: 'basetag',
      files: { '/pageBase/index': file },
      mocks: okHost === 'example.invalid' ? ok200([okPath]) : {},
    },
    ...(okHost !== 'example.invalid' ? { [okHost]: { mocks: ok200([okPath]) } } : {}),
  },
});
const statusCodes = (file: string, mocks: Record<string, number>, statusPolicy?: Record<string, string>): Replay => ({
  start: `${SITE}/${file}`,
  hosts: { ...site('status-codes'), 'example.com': { mocks } },
  ...(statusPolicy ? { linkOptions: { statusPolicy: [{ codes: statusPolicy }] } } : {}),
});

/**
 * linkinator's scenarios translated to govcheck (key: `fixture | scenario`). A "HEAD x: n" mock answers GET
 * too (govcheck never sends HEAD); `null` marks scenarios about linkinator-only features, with the reason.
 */
export const LINKINATOR: Record<string, Replay | string> = {
  'basic | single external link, server answers 200': {
    start: `${SITE}/index.html`,
    hosts: { ...site('basic'), 'example.invalid': { mocks: ok200(['/']) } },
  },
  'basic | external link answers 404': {
    start: `${SITE}/index.html`,
    hosts: { ...site('basic'), 'example.invalid': { mocks: { '/': 404 } } },
  },
  'basic | HEAD 405 then GET 200 (fallback to GET)': {
    start: `${SITE}/index.html`,
    hosts: { ...site('basic'), 'example.invalid': { mocks: ok200(['/']) } },
  },
  'basic | HEAD 403 then GET 200 (fallback to GET)': {
    start: `${SITE}/index.html`,
    hosts: { ...site('basic'), 'example.invalid': { mocks: ok200(['/']) } },
  },
  'basic | status 999 (bot protection, e.g. LinkedIn) is skipped, not broken': {
    start: `${SITE}/index.html`,
    hosts: { ...site('basic'), 'example.invalid': { mocks: { '/': 999 } } },
  },
  'basic | 403 with header cf-mitigated: challenge (Cloudflare bot wall) is skipped': {
    start: `${SITE}/index.html`,
    hosts: {
      ...site('basic'),
      'example.invalid': { mocks: { '/': { status: 403, headers: { 'cf-mitigated': 'challenge' } } } },
    },
  },
  'basic | network error on HEAD and GET': {
    start: `${SITE}/index.html`,
    hosts: { ...site('basic'), 'example.invalid': { mocks: { '/': 0 } } },
  },
  'basic | timeout of 1 ms':
    "a 1 ms timeout is below govcheck's 100 ms minimum (config schema); timeouts are covered by " +
    'tests/links/kinds.test.ts',
  "basic | 429 with retry-after (seconds, HTTP date, '3s', '1m1s') then 200, retry enabled": {
    start: `${SITE}/index.html`,
    retries: 1,
    hosts: {
      ...site('basic'),
      'example.invalid': { mocks: { '/': { status: 429, headers: { 'retry-after': '0' }, then: 200 } } },
    },
  },
  'broke | single external link answers 404': {
    start: `${SITE}/index.html`,
    hosts: { ...site('broke'), 'example.invalid': { mocks: { '/': 404 } } },
  },
  'twice | same URL linked 5 times plus once with #fragment is checked once': {
    start: `${SITE}/index.html`,
    hosts: { ...site('twice'), 'example.invalid': { mocks: ok200(['/']) } },
  },
  'concurrency | 5 external links': {
    start: `${SITE}/index.html`,
    hosts: { ...site('concurrency'), 'example.invalid': { mocks: ok200(['/1', '/2', '/3', '/4', '/5']) } },
  },
  'skip | link matching linksToSkip': { start: `${SITE}/index.html`, hosts: site('skip'), skip: ['http://very.bad'] },
  'skip-fragments | skip patterns see the fragment part of the URL':
    'govcheck fetches a page once without its #fragment, so skip patterns never see fragments; a fragment on ' +
    'another site is not judged (see missing-fragment)',
  "filter | 2 of 3 links skipped by a predicate (URL contains 'filterme')":
    'linkinator-only: a JavaScript predicate; govcheck skips by regular expression (--skip)',
  'relative | relative links, recursive crawl of local files': {
    start: `${SITE}/index.html`,
    recurse: true,
    hosts: site('relative'),
  },
  'malformed | href="//////" is reported broken': { start: `${SITE}/index.html`, hosts: site('malformed') },
  ['basetag/relative-to-root.html | <base href> resolution; page served as' +
    ' http://example.invalid/pageBase/index; 4 anchors (ok, broken, ./ok, ./broken)']: basetag(
    'relative-to-root.html',
    '/anotherBase/ok',
  ),
  ['basetag/relative-folder.html | <base href> resolution; page served as' +
    ' http://example.invalid/pageBase/index; 4 anchors (ok, broken, ./ok, ./broken)']: basetag(
    'relative-folder.html',
    '/pageBase/anotherBase/ok',
  ),
  ['basetag/relative-dot-folder.html | <base href> resolution; page served as' +
    ' http://example.invalid/pageBase/index; 4 anchors (ok, broken, ./ok, ./broken)']: basetag(
    'relative-dot-folder.html',
    '/pageBase/anotherBase/ok',
  ),
  ['basetag/relative-page.html | <base href> resolution; page served as' +
    ' http://example.invalid/pageBase/index; 4 anchors (ok, broken, ./ok, ./broken)']: basetag(
    'relative-page.html',
    '/pageBase/ok',
  ),
  ['basetag/empty-base.html | <base href> resolution; page served as' +
    ' http://example.invalid/pageBase/index; 4 anchors (ok, broken, ./ok, ./broken)']: basetag(
    'empty-base.html',
    '/pageBase/ok',
  ),
  ['basetag/absolute.html | absolute <base href>; only the FIRST <base> counts; page served' +
    ' as http://example.invalid/pageBase/index']: basetag('absolute.html', '/ok', 'another.example.invalid'),
  'image | <img src> missing.png, existing boo.jpg, srcset candidate missing.jpg': {
    start: `${SITE}/index.html`,
    hosts: site('image'),
  },
  'basic + image | two filesystem paths at once': 'linkinator-only: several start paths in one run',
  'recurse | recursive crawl; external link checked but not crawled': {
    start: `${SITE}/index.html`,
    recurse: true,
    hosts: { ...site('recurse'), 'example.invalid': { mocks: ok200(['/']) } },
  },
  'recurse | no recursion by default': { start: `${SITE}/index.html`, hosts: site('recurse') },
  'scripts | <script src> is checked but not parsed for further links': {
    start: `${SITE}/index.html`,
    recurse: true,
    hosts: site('scripts'),
  },
  'protocols | irc:, mailto:, data: URLs are skipped, not fetched': {
    start: `${SITE}/index.html`,
    hosts: site('protocols'),
  },
  'picture | <picture>/<source srcset> and data: URIs': { start: `${SITE}/index.html`, hosts: site('picture') },
  'baseurl | recursive crawl from http://example.invalid must not treat http://example.invalid.br as same origin': {
    start: 'example.invalid/',
    recurse: true,
    hosts: { 'example.invalid': { root: 'baseurl' }, 'example.invalid.br': { mocks: ok200(['/deep.html']) } },
  },
  'prefetch | dns-prefetch and preconnect hints are not checked; stylesheet is': {
    start: `${SITE}/index.html`,
    hosts: {
      ...site('prefetch'),
      'example.invalid': { mocks: ok200(['/site.css']) },
      'fonts.gstatic.com': { mocks: { '/': 404 } },
    },
  },
  'alternate | <link rel=canonical/alternate hreflang> are checked; 4 tags, 2 unique URLs': {
    start: `${SITE}/index.html`,
    hosts: { ...site('alternate'), 'example.invalid': { mocks: ok200(['/', '/es']) } },
  },
  'twittercard | URLs in <meta content> (og:url, og:image) are checked': {
    start: `${SITE}/index.html`,
    hosts: { ...site('twittercard'), 'example.invalid': { mocks: ok200(['/']) } },
  },
  'metarefresh | <meta http-equiv=refresh> targets (any case, with delay) are checked': {
    start: `${SITE}/index.html`,
    hosts: { ...site('metarefresh'), 'example.invalid': { mocks: ok200(['/redirected', '/delayed', '/uppercase']) } },
  },
  'css | URLs inside inline style attributes, <style> and @import, with checkCss': {
    start: `${SITE}/index.html`,
    hosts: {
      ...site('css'),
      'example.invalid': { mocks: new Proxy({}, { get: () => 200 }) as Record<string, number> },
    },
  },
  'css | same page without checkCss: only the plain <a> link':
    'govcheck always checks CSS url()s (background images are content on government sites)',
  'json-ld | URLs inside <script type=application/ld+json>': {
    start: `${SITE}/index.html`,
    hosts: {
      ...site('json-ld'),
      'example.invalid': {
        mocks: {
          ...ok200(['/photos/1x1/photo.jpg', '/photos/4x3/photo.jpg', '/johndoe', '/logo.jpg', '/regular-link']),
          '/photos/16x9/photo.jpg': 404,
        },
      },
    },
  },
  'srcset | comma-separated srcset candidates (with and without extra spaces)': {
    start: `${SITE}/index.html`,
    hosts: site('srcset'),
  },
  'urlpatterns | percent-encoded href funky%2Bpath.html resolves to local file funky+path.html': {
    start: `${SITE}/index.html`,
    hosts: site('urlpatterns'),
  },
  'repeated-broken-link | the same broken URL on two pages is reported once per parent page': {
    start: `${SITE}/`,
    recurse: true,
    hosts: {
      [SITE]: {
        root: 'repeated-broken-link',
        mocks: { '/': { status: 200, body: '<a href="/pageA.html">A</a><a href="/pageB.html">B</a>' } },
      },
      'example.invalid': { mocks: { '/broken123': 404, '/broken456': 404, '/broken789': 404 } },
    },
  },
  'markdown | Markdown input: links and images in README.md':
    'Markdown files are not web pages; govcheck inspects HTML sites',
  'markdown | glob markdown/**/*.md': 'Markdown files and globs are not web pages',
  'mdx-repo | MDX input via glob': 'MDX files are not web pages',
  'nested | serverRoot + glob */*.html': 'linkinator-only: filesystem globs',
  'directoryIndex | links to directories dir1/ (has a file) and dir2/ (empty file only), directoryListing on':
    'Markdown input and directory listings of a local folder',
  'directoryIndex | same, directoryListing off (default)': 'Markdown input and directory listings of a local folder',
  'rewrite | URL rewrite NOTLICENSE.md -> LICENSE.md makes the link pass': 'linkinator-only: URL rewriting',
  'localbroke | root-relative link /test to a file that does not exist': 'Markdown input (README.md), not a web page',
  'local | two pages served over HTTP (index -> page2)': {
    start: 'example.invalid/',
    recurse: true,
    hosts: { 'example.invalid': { root: 'local' } },
  },
  'server/clean-urls | extensionless links (about, contact) with cleanUrls on':
    "linkinator-only: its static server's clean-URL mode (a real site answers /about itself)",
  'server/clean-urls | same with cleanUrls off': {
    start: `${SITE}/index.html`,
    recurse: true,
    hosts: site('server/clean-urls'),
  },
  'require-https | requireHttps=error: local static link fine, external http:// link flagged':
    'not implemented: HTTPS enforcement belongs to a site-security check, not link integrity',
  'require-https | requireHttps=warn: all links OK, a warning for the http:// link':
    'not implemented: HTTPS enforcement belongs to a site-security check',
  'status-codes/403.html | status-code policy#0': statusCodes('403.html', { '/forbidden': 403 }, { 403: 'ok' }),
  'status-codes/403.html | status-code policy#1': statusCodes('403.html', { '/forbidden': 403 }, { 403: 'warn' }),
  'status-codes/404.html | status-code policy': statusCodes('404.html', { '/notfound': 404 }, { 404: 'skip' }),
  'status-codes/200.html | status-code policy': statusCodes('200.html', { '/success': 200 }, { 200: 'broken' }),
  'status-codes/pattern.html | status-code policy': statusCodes(
    'pattern.html',
    { '/forbidden': 403, '/notfound': 404, '/teapot': 418 },
    { '4xx': 'warn' },
  ),
  'status-codes/5xx.html | status-code policy': statusCodes(
    '5xx.html',
    { '/error': 500, '/unavailable': 503 },
    { '5xx': 'skip' },
  ),
  'status-codes/default.html | status-code policy': statusCodes('default.html', { '/success': 200, '/notfound': 404 }),
  'fragments-valid | fragment exists in target page':
    'a #fragment on another site is not judged from a 16 KB sample (govcheck checks fragments of pages it crawled)',
  'fragments-invalid | fragment missing in target page':
    'a #fragment on another site is not judged (only crawled pages)',
  'fragments-invalid | fragments not checked when checkFragments is off': {
    start: `${SITE}/index.html`,
    hosts: { ...site('fragments-invalid'), 'example.com': { mocks: ok200(['/page.html']) } },
  },
  'fragments-multiple | two valid fragments of one page':
    'a #fragment on another site is not judged (only crawled pages)',
  'fragments-non-html | fragment on a non-HTML resource (image/png) is not validated': {
    start: `${SITE}/index.html`,
    hosts: { ...site('fragments-non-html'), 'example.com': { mocks: ok200(['/image.png']) } },
  },
  "fragments-empty | empty fragment '#' is fine": {
    start: `${SITE}/index.html`,
    hosts: { ...site('fragments-empty'), 'example.com': { mocks: ok200(['/page.html']) } },
  },
  'fragments-demo | local files: 2 valid ids, 1 missing id': {
    start: `${SITE}/index.html`,
    recurse: true,
    hosts: site('fragments-demo'),
  },
  'fragments-same-page | same-page #links: one target id missing': {
    start: `${SITE}/index.html`,
    hosts: site('fragments-same-page'),
  },
  'fragments-github-style | #section-one matches id user-content-section-one (GitHub prefix); #nonexistent broken':
    'GitHub-rendered Markdown ids (user-content- prefix) do not occur on government sites',
  'fragments-markdown | fragments into a .md file resolved by GitHub-style heading slugs':
    'Markdown heading slugs: not web pages',
  'fragments-markdown-invalid | missing heading slug in .md': 'Markdown heading slugs: not web pages',
  ['fragments-client-state | client-side state fragments skipped by fragmentsToSkip; a plain' +
    ' missing section still broken']:
    "needs linkinator's fragmentsToSkip list (^code/, ^show-examples$); govcheck skips #/ and #!/ routes by " +
    'default only',
  ['fragments-404 | link to a missing page with a fragment (no test in the suite states the' +
    ' outcome; the page itself is missing -> broken)']: 'no expected outcome upstream',
  'defaultconfig | a linkinator.config.json in the working directory is read (CLI)': 'linkinator-only: its config file',
  'retry | 429 from one host delays later requests to the same host (retry)': {
    start: `${SITE}/index.html`,
    retries: 1,
    hosts: {
      ...site('retry'),
      'example.invalid': {
        mocks: Object.fromEntries(
          ['/1', '/2', '/3'].map((p) => [p, { status: 429, headers: { 'retry-after': '0' }, then: 200 }]),
        ),
      },
    },
  },
  'retryCLI | CLI prints a retry warning after a 429 from http://localhost:3333': 'linkinator-only: its CLI output',
};
