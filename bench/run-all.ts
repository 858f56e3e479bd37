// Runs every benchmark under src/ one after another (they measure time, so never in parallel)
// and prints their figures. `pnpm bench` at the root; `pnpm bench <name>` runs the matching ones.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const benches = readdirSync(join(here, 'src'))
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => !filter || file.includes(filter))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n### ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'src', file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
console.log(`\n${benches.length - failed}/${benches.length} benchmarks ran`);
process.exit(failed ? 1 : 0);
