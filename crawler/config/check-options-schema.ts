import { COMMON_OPTIONS, checkOptionsSchema, type JsonSchema } from '../../shared/checks/check-options.ts';
import { CHECKS } from '../../shared/checks/index.ts';

/**
 * The JSON schema of the config's `checkOptions`: one key per registered check with the options it declares,
 * plus "*" (options for every check). Generated into crawler/config/config.schema.json and used to validate.
 */
export function checkOptionsJsonSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    '*': {
      type: 'object',
      additionalProperties: false,
      properties: COMMON_OPTIONS,
      description: '所有检查共用的选项 / options for every check',
    },
  };
  for (const check of CHECKS)
    properties[check.id] = { ...checkOptionsSchema(check.options), description: check.title.zh };
  return { type: 'object', additionalProperties: false, properties };
}
