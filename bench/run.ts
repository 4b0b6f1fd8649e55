// npm run bench: runs each benchmark in its own fresh Node process, one after another, so that
// one benchmark's heap and JIT state cannot colour the next one's numbers.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const benches = ['pipeline.ts', 'intake.ts', 'extraction.ts', 'publish-cost.ts', 'bundles.ts'];
let failed = false;
for (const bench of benches) {
  const file = join(import.meta.dirname, bench);
  if (!existsSync(file)) continue;
  console.log(`\n== ${bench} ==`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit', env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
