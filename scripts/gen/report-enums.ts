import { CATEGORIES, SEVERITIES } from '../../shared/model/finding.ts';

/**
 * shared/report/report.schema.json with its category and severity enums written from the model's constants.
 * Only those lines change: the rest of the hand-written schema keeps its layout.
 */
export function withReportEnums(schemaText: string): string {
  return replaceEnum(replaceEnum(schemaText, 'category', CATEGORIES), 'severity', SEVERITIES);
}

function replaceEnum(text: string, property: string, values: readonly string[]): string {
  const line = new RegExp(`("${property}": \\{ "enum": )\\[[^\\]]*\\]`);
  if (!line.test(text)) throw new Error(`report.schema.json has no "${property}" enum line`);
  return text.replace(line, `$1${JSON.stringify(values).replace(/","/g, '", "')}`);
}
