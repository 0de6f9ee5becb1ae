/**
 * `npm run bench:startup`: the built action's cold start against bare `node -e 0` on the same Node, in
 * one interleaved run: the time to fail on an invalid input, and the time from process start to the
 * first HTTP request (against the emulator). Prints medians, ratios and the size of dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, DEFAULT_AK, DEFAULT_SK, projectIdFor } from '../test/emulator/server.ts';
import { DIST, ROOT, runnerEnv } from '../test/support/run-action.ts';

const RUNS = Number(process.env.RUNS ?? 25);
const node = process.execPath;
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };

function timeSync(args: string[], env: Record<string, string>): number {
  const t = performance.now();
  spawnSync(node, args, { env, stdio: 'ignore' });
  return performance.now() - t;
}

const emulator = await startEmulator({ jobDurationMs: 600_000 });
const invalidEnv = { ...baseEnv, ...runnerEnv({ name: 'bad/name', min_disk: '1' }) };
const validEnv = {
  ...baseEnv,
  ...runnerEnv({
    name: 'bench',
    image_url: 'bucket-1:disk.qcow2',
    min_disk: '40',
    region: 'cn-north-4',
    project_id: projectIdFor('cn-north-4'),
    access_key_id: DEFAULT_AK,
    secret_access_key: DEFAULT_SK,
    ims_endpoint: emulator.url,
    iam_endpoint: emulator.url,
  }),
};

async function timeToFirstRequest(): Promise<number> {
  const before = emulator.requests.length;
  const t = performance.now();
  const child = spawn(node, [DIST], { env: validEnv, stdio: 'ignore' });
  while (emulator.requests.length === before) await new Promise((r) => setTimeout(r, 1));
  const ms = emulator.requests[before]!.receivedAt - t;
  child.kill('SIGKILL');
  await new Promise((r) => child.on('close', r));
  return ms;
}

const bare: number[] = [];
const invalid: number[] = [];
const firstRequest: number[] = [];
timeSync(['-e', '0'], baseEnv); // warm the file cache
timeSync([DIST], invalidEnv);
for (let i = 0; i < RUNS; i++) {
  bare.push(timeSync(['-e', '0'], baseEnv));
  invalid.push(timeSync([DIST], invalidEnv));
  firstRequest.push(await timeToFirstRequest());
}
await emulator.close();

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const b = median(bare);
const distFiles = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'));
console.log(`Cold start on Node ${process.versions.node}, ${RUNS} interleaved runs (medians)\n`);
console.log('| what | median ms | × bare node |');
console.log('|---|---|---|');
console.log(`| bare \`node -e 0\` | ${b.toFixed(0)} | 1.00 |`);
console.log(`| invalid input → exit 1 | ${median(invalid).toFixed(0)} | ${(median(invalid) / b).toFixed(2)} |`);
console.log(`| start → first HTTP request | ${median(firstRequest).toFixed(0)} | ${(median(firstRequest) / b).toFixed(2)} |`);
console.log(`\ndist: ${distFiles.map((f) => `${f} ${(statSync(join(ROOT, 'dist', f)).size / 1024).toFixed(0)} KiB`).join(', ')}`);
console.log('(index.js is what every run loads; the large chunk, the HTTP stack, loads only after validation)');
