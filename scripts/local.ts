/**
 * `npm run local -- .env`: runs the built action on your own account, with inputs from a .env file
 * (see .env.example), the way the runner would; prints the log as it comes and then the outputs.
 * Lines are NAME=value: an input name (any case, e.g. IMAGE_URL or image_url, or INPUT_IMAGE_URL), or
 * an environment variable the action reads (HUAWEI_CLOUD_*, HUAWEICLOUD_SDK_*, HTTPS_PROXY, RUNNER_DEBUG…).
 */
import { existsSync, readFileSync } from 'node:fs';
import { DIST, readActionYml, runAction } from '../test/support/run-action.ts';

const file = process.argv[2] ?? '.env';
if (!existsSync(file)) {
  console.error(`No ${file}: copy .env.example to .env and fill it in, then run: npm run local -- .env`);
  process.exit(2);
}
if (!existsSync(DIST)) {
  console.error('dist/index.js is missing: run npm run build first.');
  process.exit(2);
}

/** Parses KEY=value lines; # comments and blank lines are skipped, surrounding quotes removed. */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    out[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

const declared = new Set(Object.keys(readActionYml().inputs));
const inputs: Record<string, string> = {};
const env: Record<string, string> = {};
for (const [key, value] of Object.entries(parseDotenv(readFileSync(file, 'utf8')))) {
  const name = key.replace(/^INPUT_/, '').toLowerCase();
  if (declared.has(name)) inputs[name] = value;
  else env[key] = value;
}
for (const k of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']) {
  if (process.env[k] && !(k in env)) env[k] = process.env[k]!;
}
// A real image can take a while: allow the run its wait_timeout plus a minute.
const run = await runAction(inputs, { env: { GITHUB_STEP_SUMMARY: '', ...env }, echo: true, timeoutMs: 25 * 3600_000 });
console.log('--- outputs ---');
for (const [k, v] of Object.entries(run.outputs)) console.log(`${k}=${v}`);
process.exit(run.code ?? 1);
