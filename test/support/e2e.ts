/** Shared pieces of the end-to-end suites: default inputs, the secret check, reading the error annotation. */
import { expect, type TestContext } from 'vitest';
import { DEFAULT_AK, DEFAULT_SK, TEMP_SK, TEMP_TOKEN, startEmulator, type Emulator, type EmulatorOptions } from '../emulator/server.ts';
import { runAction, type ActionRun } from './run-action.ts';

export const SECRETS = [DEFAULT_SK, TEMP_SK, TEMP_TOKEN];

export function baseInputs(emulator: Emulator, over: Record<string, string> = {}): Record<string, string> {
  return {
    name: 'release-1.4.2-data',
    image_url: 'release-artifacts:images/data-1.4.2.qcow2',
    min_disk: '40',
    region: 'cn-north-4',
    access_key_id: DEFAULT_AK,
    secret_access_key: DEFAULT_SK,
    ims_endpoint: emulator.url,
    iam_endpoint: emulator.url,
    ...over,
  };
}

/** No secret anywhere the runner or a later step could read it, except the runner's own add-mask command. */
export function expectNoSecrets(run: ActionRun, secrets: string[] = SECRETS): void {
  const visible = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]
    .join('\n')
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const s of secrets) expect(visible).not.toContain(s);
  expect(visible).not.toMatch(/SDK-HMAC-SHA256 Access=/);
  expect(visible).not.toMatch(/Signature=[0-9a-f]{64}/);
}

/** The `::error::` annotation's whole text (cause, then `How to fix: …`), decoded as the runner decodes it. */
export function annotationText(run: ActionRun): string {
  const line = run.stdout.split('\n').find((l) => l.startsWith('::error'));
  return (line ?? '')
    .replace(/^::error[^:]*::/, '')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%');
}

/** The cause part of the error annotation (without its `How to fix` line). */
export function errorText(run: ActionRun): string {
  return annotationText(run).split('\nHow to fix: ')[0]!;
}

/** No line of output that the runner would read as a workflow command, other than the action's own. */
export function expectOnlyOwnCommands(run: ActionRun): void {
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('::')) expect(line).toMatch(/^::(add-mask|debug|warning|error|notice|group|endgroup|stop-commands)\b/);
  }
}

export interface Harness {
  emulator: Emulator;
  inputs: (over?: Record<string, string>) => Record<string, string>;
  /** Runs the built action against this test's emulator; every run is checked for leaked secrets and injected commands. */
  act: (over?: Record<string, string>, options?: Parameters<typeof runAction>[1]) => Promise<ActionRun>;
}

/** A fresh emulator for one test (closed when that test ends: hence its context), so tests can run concurrently. */
export async function withEmulator(ctx: TestContext, opts: EmulatorOptions = {}): Promise<Harness> {
  const emulator = await startEmulator({ jobDurationMs: 300, ...opts });
  ctx.onTestFinished(() => emulator.close());
  const inputs = (over: Record<string, string> = {}) => baseInputs(emulator, over);
  const act = async (over: Record<string, string> = {}, options: Parameters<typeof runAction>[1] = {}) => {
    const run = await runAction(inputs(over), options);
    expectNoSecrets(run);
    expectOnlyOwnCommands(run);
    return run;
  };
  return { emulator, inputs, act };
}
