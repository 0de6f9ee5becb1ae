/**
 * `npm run demo`: starts the emulator, runs the built action against it as the runner would,
 * and prints the action's log and outputs.
 */
import { existsSync } from 'node:fs';
import { DEFAULT_AK, DEFAULT_SK, startEmulator } from '../test/emulator/server.ts';
import { DIST, runAction } from '../test/support/run-action.ts';

if (!existsSync(DIST)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const emulator = await startEmulator({ jobDurationMs: 20_000 }); // long enough to show progress
console.log(`Emulator (IMS + IAM) listening on ${emulator.url}\n`);
const inputs = {
  name: 'release-1.4.2-data',
  image_url: 'release-artifacts:images/data-disk-1.4.2.qcow2',
  min_disk: '40',
  description: 'Data disk of release 1.4.2',
  tags: 'app.release, version.1.4.2',
  region: 'cn-north-4',
  access_key_id: DEFAULT_AK,
  secret_access_key: DEFAULT_SK,
  ims_endpoint: emulator.url,
  iam_endpoint: emulator.url,
};
console.log('--- action log (dist/index.js) ---');
const run = await runAction(inputs);
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
console.log('--- outputs ---');
for (const [k, v] of Object.entries(run.outputs)) console.log(`${k}=${v}`);
console.log(`--- exit code ${run.code}; ${emulator.creations} image created in the emulator; requests it saw:`);
for (const r of emulator.requests) console.log(`  ${r.method} ${r.path}${r.query ? `?${r.query}` : ''} -> ${r.status}`);
await emulator.close();
process.exit(run.code ?? 1);
