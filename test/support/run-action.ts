/**
 * Runs the built action (dist/index.js) the way the GitHub runner does: a child process on this
 * Node, every declared input present as INPUT_* with action.yml's defaults applied, and temporary
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist', 'index.js');

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

export function readActionYml(): ActionYml {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
}

/** Parses the runner's file-command format: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

/** The environment a runner gives a step: INPUT_* for every declared input (defaults applied). */
export function runnerEnv(inputs: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(readActionYml().inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in readActionYml().inputs)) throw new Error(`test passes undeclared input ${name}`);
  }
  return { ...env, ...extra };
}

export async function runAction(
  inputs: Record<string, string>,
  options: {
    env?: Record<string, string>;
    timeoutMs?: number;
    signal?: { afterMs: number; name: NodeJS.Signals };
    /** Also print the action's output as it comes (local runs). */
    echo?: boolean;
  } = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'ims-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo-org/release-pipeline',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: dir,
  };
  const env = { ...base, ...runnerEnv(inputs), ...options.env };
  const started = Date.now();
  const child = spawn(process.execPath, [DIST], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (options.echo) process.stdout.write(d);
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (options.echo) process.stderr.write(d);
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  if (options.signal) {
    const { afterMs, name } = options.signal;
    setTimeout(() => child.kill(name), afterMs);
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(killer);
  const result: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    durationMs: Date.now() - started,
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}
