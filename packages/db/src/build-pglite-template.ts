// `pnpm build` for @sen/db: makes dist/pglite-template.tar, the migrated empty database a new
// PGlite data folder is copied from (see openDatabase).
import { buildPgliteTemplate } from './client';
import { BUILT_TEMPLATE_FILE } from './pglite-template';

const started = performance.now();
await buildPgliteTemplate();
console.log(
  `PGlite template: ${BUILT_TEMPLATE_FILE} (${Math.round(performance.now() - started)} ms)`,
);
