import { CHECKS } from '../../shared/checks/index.ts';
import { CRAWLER_SECTIONS } from '../../shared/model/report-sections.ts';

/** The `sections` property of report.schema.json: one entry per section the crawler or a check writes. */
export function withReportSections(schemaText: string): string {
  const block = /^ {4}"sections": [\s\S]*?(?=\n {2}\},\n {2}"definitions")/m;
  if (!block.test(schemaText)) throw new Error('report.schema.json has no "sections" property before "definitions"');
  const described: [string, string][] = [
    ...Object.entries(CRAWLER_SECTIONS),
    ...CHECKS.flatMap((c): [string, string][] =>
      c.scope === 'site' && c.section ? [[c.id, c.section.description]] : [],
    ),
  ];
  const lines = described.map(
    ([name, description]) =>
      `        ${JSON.stringify(name)}: { "type": "object", "description": ${JSON.stringify(description)} }`,
  );
  const sections = [
    '    "sections": {',
    '      "type": "object",',
    `      "description": "crawler sections, then each site check's under its id",`,
    '      "properties": {',
    lines.join(',\n'),
    '      }',
    '    }',
  ];
  return schemaText.replace(block, sections.join('\n'));
}
