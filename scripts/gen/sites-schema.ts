import { configSchema } from './config-schema.ts';

const COMMENT = 'definitions.crawlConfig is the config schema, copied in by `npm run gen`; the rest is hand-written.';

/**
 * crawler/apps/sites/sites.schema.json: hand-written but for its crawl options. `defaults` and every site's
 * `options` are config-file keys, so both refer to the config schema, copied in as `definitions.crawlConfig`: a
 * misspelled option or check id is refused when the sites file is read, not when its site's crawl starts.
 */
export function withCrawlConfig(sitesSchemaText: string): string {
  const { $schema, $comment: _, definitions: __, ...schema } = JSON.parse(sitesSchemaText);
  const { $schema: ___, title: ____, ...crawlConfig } = configSchema() as Record<string, unknown>;
  const refer = (description: string) => ({ $ref: '#/definitions/crawlConfig', description });
  schema.properties.defaults = refer('crawl options every site starts from (config-file keys)');
  schema.properties.sites.items.properties.options = refer('crawl options for this site (config-file keys)');
  return `${JSON.stringify({ $schema, $comment: COMMENT, ...schema, definitions: { crawlConfig } }, null, 2)}\n`;
}
