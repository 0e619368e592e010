import type { ErrorObject } from 'ajv';

/**
 * Ajv's errors as dotted keys a user can find in the file: `checkOptions.typo-confusion.nonsense: unknown
 * key` rather than `/checkOptions/typo-confusion must NOT have additional properties`. Compile with
 * `verbose: true` so unknown keys come with the known ones.
 */
export function schemaProblems(errors: readonly ErrorObject[], root = ''): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const error of errors) {
    const path = [root, ...error.instancePath.split('/').slice(1)].filter(Boolean).join('.');
    if (error.keyword === 'additionalProperty' || error.keyword === 'additionalProperties') {
      const key = [path, (error.params as { additionalProperty: string }).additionalProperty].filter(Boolean).join('.');
      // With Ajv's `verbose`, the schema the key was checked against: its keys are what may be written.
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).join(
        ', ',
      );
      zh.push(`${key}：没有这个键，请删除或改正拼写${known ? `（可用：${known}）` : ''}`);
      en.push(`${key}: unknown key; remove it or correct its spelling${known ? ` (known: ${known})` : ''}`);
    } else if (error.keyword === 'enum') {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues
        .map((v) => JSON.stringify(v))
        .join(', ');
      zh.push(`${path || '/'}：只能是 ${allowed}`);
      en.push(`${path || '/'}: must be one of ${allowed}`);
    } else {
      zh.push(`${path || '/'}：${error.message}`);
      en.push(`${path || '/'}: ${error.message}`);
    }
  }
  return { zh, en };
}
