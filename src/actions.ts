/** The edge to the Actions runner: log, masks, outputs and the failure report. Everything else is runner-agnostic. */
import * as core from '@actions/core';
import { ActionError } from './errors.js';
import type { Logger } from './log.js';

export const logger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
};

/** Registers a secret with the runner so it is masked in every log line from here on. */
export function mask(secret: string): void {
  if (secret !== '') core.setSecret(secret);
}

export function setOutput(name: 'job_id' | 'image_id' | 'status', value: string): void {
  core.setOutput(name, value);
}

/** The one place that fails the step: an expected failure shows its message alone, anything else its stack under debug. */
export function fail(error: unknown): void {
  if (error instanceof ActionError) {
    core.setFailed(error.message);
    return;
  }
  const e = error instanceof Error ? error : new Error(String(error));
  core.debug(e.stack ?? e.message);
  core.setFailed(`Unexpected error (please report it): ${e.message}`);
}
