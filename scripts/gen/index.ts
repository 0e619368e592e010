// `npm run gen`: rewrites every generated file (tests/gen/generated.test.ts fails while one is stale).
import { writeFileSync } from 'node:fs';
import { generatedFiles, root } from './generated-files.ts';

for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(root(path), content);
  process.stdout.write(`${path}\n`);
}
