import { fileURLToPath } from 'node:url';

/** Where the generated tables live (shared/data/README.md says what each is made from). */
export const dataFile = (name: string) => `shared/data/${name}.json`;

/** Absolute path of a repository path. */
export const repositoryPath = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * A generated table as JSON text: `about` (what it is, where from, its licence) and then `field` with one record
 * per line, so a regenerated table diffs by record. An object's entries become one `"key": value` line each.
 */
export function dataTableJson(
  about: readonly string[],
  field: string,
  records: readonly unknown[] | Readonly<Record<string, unknown>>,
): string {
  const [open, close, lines] = Array.isArray(records)
    ? ['[', ']', records.map((r) => JSON.stringify(r))]
    : ['{', '}', Object.entries(records).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)];
  return (
    `{\n"about": [\n${about.map((line) => JSON.stringify(line)).join(',\n')}\n],\n` +
    `${JSON.stringify(field)}: ${open}\n${lines.join(',\n')}\n${close}\n}\n`
  );
}
