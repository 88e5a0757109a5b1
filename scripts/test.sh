#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, format and unused-code checks, the
# generated-file checks, unit tests, the consumer recipes on the published schema
# sets, the build, the build test of free text (on its own copy of the site), the
# page-weight budgets of the built output, then the browser tests against the built site.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent lint
npm run --silent format:check
npm run --silent knip
bash scripts/ensure-chromium.sh
bash scripts/ensure-python-jsonschema.sh
npm run --silent generate -- --check
npm run --silent check:compat
npm run --silent typecheck
node --import tsx --test test/unit/*.test.ts
node --import tsx --test test/consumers/*.test.ts
npm run --silent build
node --import tsx --test test/site-build/*.test.ts
node --import tsx --test test/budgets/*.test.ts
node --import tsx --test test/e2e/*.test.ts
