import type { Replay } from './linkinator-scenarios.ts';

const SITE = 'fixture.local';

/** Compare govcheck's link extraction of one fixture file with lychee's extracted/dumped URL set. */
export interface ExtractReplay {
  file: string;
  /** exact: the set of absolute http(s) links must equal the expected set; include: must contain it. */
  mode: 'exact' | 'include';
}

/** lychee's offline scenarios translated (key `fixture | scenario`); a string marks one not applicable. */
export const LYCHEE: Record<string, ExtractReplay | Replay | string> = {
  'TEST_HTML5.html | HTML5 that is not valid XML; links in <head> and <body> must all be extracted': {
    file: 'TEST_HTML5.html',
    mode: 'exact',
  },
  'TEST_HTML5_LOWERCASE_DOCTYPE.html | lower-case <!doctype html>': {
    file: 'TEST_HTML5_LOWERCASE_DOCTYPE.html',
    mode: 'exact',
  },
  'TEST_HTML5_MINIFIED.html | minified HTML, unquoted href values; rel=preconnect links are NOT extracted': {
    file: 'TEST_HTML5_MINIFIED.html',
    mode: 'exact',
  },
  'TEST_HTML5_MALFORMED_LINKS.html | malformed hrefs (https;//..., https://example]org/...) must not stop parsing': {
    file: 'TEST_HTML5_MALFORMED_LINKS.html',
    mode: 'exact',
  },
  'TEST_HTML5_CUSTOM_ELEMENTS.html | href/src/cite on unknown (custom) elements are still links': {
    file: 'TEST_HTML5_CUSTOM_ELEMENTS.html',
    mode: 'exact',
  },
  'TEST_VERBATIM.html | URLs inside <pre>, <code>, <samp>, <kbd>, <var>, <script> are skipped by default':
    'differs by design: an <a href> inside <pre> is still a link a visitor can click, so govcheck checks it',
  'TEST_VERBATIM.html | same with --include-verbatim':
    'govcheck checks links (attributes), not URLs written as plain text',
  'TEST_DATA_URIS.html | data: URIs are not dumped by default; only the normal link is':
    'differs by design: <a href="http://www.w3.org/2000/svg"> is a clickable link, so govcheck checks it',
  'TEST_DATA_URIS.html | verbose dump lists data: URIs too': 'lychee-only: its --dump --verbose output',
  "TEST_DATA_URIS.html | checking: the 3 data: URIs count as 'Unsupported'": {
    start: `${SITE}/TEST_DATA_URIS.html`,
    hosts: { [SITE]: { root: '.' } },
  },
  'LINK_PERIOD.html | trailing period belongs to the URL inside href': { file: 'LINK_PERIOD.html', mode: 'include' },
  'TEST_EMAIL_QUERY_PARAMS.html | mailto with ?subject= keeps the encoded query': {
    file: 'TEST_EMAIL_QUERY_PARAMS.html',
    mode: 'include',
  },
  'TEST_EMAIL_QUERY_PARAMS.md | same in Markdown': 'Markdown input, not a web page',
  'TEST_EXAMPLE_DOMAINS.md | example domains (example.com/.org/...) are excluded by default':
    'Markdown input, not a web page',
  ['TEST_EXAMPLE_DOMAINS_FALSE_POSITIVES.md | look-alike domains (examples.com, texample.net,' +
    ' gobyexample.com) are NOT treated as example domains']: 'Markdown input, not a web page',
  ['fragments-fallback-extensions/ | fragments + --fallback-extensions=html:' +
    ' sub_dir/index#valid-id ok; sub_dir/index#invalid-id and empty_dir#invalid-id errors']:
    'lychee-only: guessing file extensions on a local folder (a web server answers for itself)',
  "fallback-extensions/ | extensionless link 'other' resolves to other.htm via --fallback-extensions=htm,html":
    'lychee-only: guessing file extensions on a local folder',
  ['offline/index.html | root-relative links (/about, /another page ...) without' +
    ' --base-url/--root-dir cannot be resolved']:
    'a crawled page always has its URL as base, so root-relative links always resolve',
  'resolve_paths/index.html | root-relative links resolved against --base-url <this folder>': {
    start: `${SITE}/index.html`,
    hosts: { [SITE]: { root: 'resolve_paths' } },
  },
  'resolve_paths/index2.html | --root-dir /resolve_paths plus --base-url <fixtures dir>': {
    start: `${SITE}/index2.html`,
    linkOptions: { fragments: false },
    hosts: {
      [SITE]: {
        root: 'resolve_paths',
        files: { '/resolve_paths/index.html': 'index.html', '/resolve_paths/same folder.html': 'same folder.html' },
      },
    },
  },
  'resolve_paths/index2.html | dump with --root-dir /root --base-url /base/':
    'lychee-only: file:// URLs of a local folder',
  'resolve_paths_from_root_dir/nested/index.html | --root-dir with fragments: #bad and about/index.html#missing fail': {
    start: `${SITE}/nested/index.html`,
    recurse: true,
    startPageOnly: true,
    hosts: { [SITE]: { root: 'resolve_paths_from_root_dir' } },
  },
  ['text_fragments/ | Scroll-to-Text fragments (#:~:text=...) served over HTTP: plain' +
    ' --include-fragments ignores them; --include-fragments=text-only checks them']:
    'text-fragment matching not implemented; #:~:text= fragments are never reported (tests/links/fragments.test.ts)',
  'sitemap/sitemap.xml | URLs are read from a sitemap':
    "the fixture's <loc> values are relative, which the sitemap protocol forbids; sitemap seeding is tested with " +
    'the crawler',
  'sitemap/not-a-sitemap.xml | XML that is not a sitemap yields no URLs and a warning': 'lychee-only: its warning text',
  'filechecker/dir_links.md | links to directories: default accepts existing dirs; fragments on dirs fail':
    'Markdown input, not a web page',
};
