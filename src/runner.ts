/**
 * The edge to the Actions runner: workflow commands on stdout (log, masks, annotations) and the
 * GITHUB_OUTPUT file. Written directly to the runner's documented protocol, with no dependencies, so an
 * invalid-input run fails without loading @actions/core or the HTTP stack (see the cold-start bench);
 * @actions/core is loaded on demand for the job summary and the OIDC token.
 */
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';
import { ActionError } from './errors.js';
import { presentFailure } from './hints.js';
import type { Logger } from './log.js';

/** Escapes a command's message as the runner expects (the same rules as @actions/core). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function issueCommand(command: string, properties: Record<string, string>, message: string): void {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** Plain log lines: each physical line is written as is, so callers pass only their own or escaped text. */
export const logger: Logger = {
  debug: (m) => issueCommand('debug', {}, m),
  info: (m) => void process.stdout.write(`${m}${EOL}`),
  warning: (m) => issueCommand('warning', {}, m),
  notice: (m) => issueCommand('notice', {}, m),
};

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

/** Registers a secret with the runner so it is masked in every log line from here on. */
export function mask(secret: string): void {
  if (secret !== '') issueCommand('add-mask', {}, secret);
}

export type OutputName = 'job_id' | 'image_id' | 'status';

/** Writes a step output to GITHUB_OUTPUT (heredoc form with a random delimiter); logs it when run outside a runner. */
export function setOutput(name: OutputName, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(`output ${name}=${value}${EOL}`);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/**
 * The one place that fails the step: one error annotation with a title, exit code 1. An expected
 * failure shows its message alone; anything else is a bug, with its stack under debug.
 */
export function fail(error: unknown): void {
  process.exitCode = 1;
  if (error instanceof ActionError) {
    const { title, message } = presentFailure(error);
    issueCommand('error', { title }, message);
    return;
  }
  const e = error instanceof Error ? error : new Error(String(error));
  issueCommand('debug', {}, e.stack ?? e.message);
  issueCommand('error', { title: 'Unexpected error' }, `Unexpected error (please report it): ${e.message}`);
}
