/**
 * Check options as data: each check declares the JSON Schema of every option it reads and their defaults.
 * The crawler validates the config against these at start-up (an unknown check id or option is a usage error),
 * the engine merges the defaults, and the config schema's `checkOptions` part is generated from them.
 */

/** The part of JSON Schema (draft-07) option declarations use. */
export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  enum?: readonly (string | number | boolean)[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  pattern?: string;
  items?: JsonSchema;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  oneOf?: readonly JsonSchema[];
  description?: string;
}

/** A check's options: the schema of each option by name, and the value used when the config omits it. */
export interface CheckOptionsSpec {
  schema: Readonly<Record<string, JsonSchema>>;
  defaults: Readonly<Record<string, unknown>>;
}

/**
 * Options every check accepts (config `checkOptions["*"]`, or per check): the site white-list, which the
 * config's top-level `whitelist` fills for all checks.
 */
export const COMMON_OPTIONS: Readonly<Record<string, JsonSchema>> = {
  whitelist: {
    type: 'object',
    additionalProperties: false,
    properties: { terms: { type: 'array', items: { type: 'string' } } },
    description: '不算错别字的词（人名、地名、机构名） / terms never reported as typos',
  },
};

/** The object schema of one check's options (its own plus the common ones; anything else is refused). */
export function checkOptionsSchema(spec: CheckOptionsSpec | undefined): JsonSchema {
  return { type: 'object', additionalProperties: false, properties: { ...COMMON_OPTIONS, ...spec?.schema } };
}
