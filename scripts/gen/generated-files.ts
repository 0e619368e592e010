import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configSchema } from './config-schema.ts';
import { optionsDoc, withReadmeOptions } from './options-doc.ts';
import { withReportEnums } from './report-enums.ts';
import { withCrawlConfig } from './sites-schema.ts';
import { withReportSections } from './report-sections.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Every generated file: repository path → its content as the generators make it now. */
export function generatedFiles(): Record<string, string> {
  return {
    'crawler/config/config.schema.json': `${JSON.stringify(configSchema(), null, 2)}\n`,
    'crawler/apps/sites/sites.schema.json': withCrawlConfig(
      readFileSync(root('crawler/apps/sites/sites.schema.json'), 'utf8'),
    ),
    'docs/options.md': optionsDoc(),
    'README.md': withReadmeOptions(readFileSync(root('README.md'), 'utf8')),
    'shared/report/report.schema.json': withReportSections(
      withReportEnums(readFileSync(root('shared/report/report.schema.json'), 'utf8')),
    ),
  };
}

export { root };
