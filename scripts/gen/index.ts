// `npm run gen`: rewrites every generated file (tests/gen/generated.test.ts fails while one is stale), then the
// quick data tables of shared/data whose inputs are here (tests/gen/data-tables.test.ts compares those).
import { writeFileSync } from 'node:fs';
import { regenerate } from './data-tables.ts';
import { generatedFiles, root } from './generated-files.ts';

for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(root(path), content);
  process.stdout.write(`${path}\n`);
}
for (const line of regenerate([])) process.stdout.write(`${line}\n`);
