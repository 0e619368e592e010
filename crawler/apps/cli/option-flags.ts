import { Option, type Command } from 'commander';
import { CRAWL_OPTIONS, type OptionSpec } from '../../config/option-table.ts';
import type { CrawlOptions } from '../../config/options.ts';

/** Adds a flag for every crawl option that has one (crawler/config/option-table.ts); values are judged later, once. */
export function addCrawlFlags(command: Command): Command {
  for (const spec of CRAWL_OPTIONS) if (spec.flag) command.addOption(flagOption(spec));
  return command;
}

/** The crawl options given as flags on this command line (defaults of negatable flags left to the table). */
export function crawlOptionsFromFlags(command: Command): Partial<CrawlOptions> {
  const given: Record<string, unknown> = {};
  for (const spec of CRAWL_OPTIONS) {
    if (!spec.flag) continue;
    const name = new Option(spec.flag).attributeName();
    // `--no-sitemap` makes commander default `sitemap` to true, which would override the config's `useSitemap`.
    if (command.getOptionValueSource(name) === 'cli') given[spec.key] = command.getOptionValue(name);
  }
  return given as Partial<CrawlOptions>;
}

function flagOption(spec: OptionSpec): Option {
  const option = new Option(spec.flag!, `${spec.zh} / ${spec.en}`);
  switch (spec.kind.type) {
    // Not a number stays text, so the one validation reports what was written.
    case 'int':
      return option.argParser((value: string) => (/^\s*-?\d+\s*$/.test(value) ? Number(value) : value));
    case 'list':
      return option.argParser((value: string) =>
        value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    default:
      return option;
  }
}
