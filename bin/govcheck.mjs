#!/usr/bin/env node
// The package bin: loads the TypeScript sources through tsx, so no build step stands between a clone and a run.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../crawler/cli.ts');
process.exitCode = await main(process.argv);
