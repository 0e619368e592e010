#!/usr/bin/env bash
# Compiles the crawler and the shared engine to dist/ (JavaScript with source maps) for the `govcheck` bin.
# Type errors do not stop it (`npm run typecheck` reports them); the stamp tells the bin the build is complete.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.build.json --noCheck
touch dist/.build-stamp
