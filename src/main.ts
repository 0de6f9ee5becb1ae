/** Orchestrates one run: read and validate every input, then hand over to the pipeline. */
import { InputError } from './errors.js';
import { parseInputs, readInputs, SECRET_INPUTS, type Env } from './inputs.js';
import { fail, logger as log, mask } from './runner.js';

export async function run(env: Env = process.env): Promise<void> {
  const startedAt = Date.now();
  const { raw, origins } = readInputs(env);
  for (const name of SECRET_INPUTS) mask(raw[name]);
  try {
    const parsed = parseInputs(raw, origins);
    for (const w of parsed.warnings) log.warning(w);
    for (const n of parsed.notices) log.notice(n);
    if (!parsed.ok) throw new InputError(parsed.errors);
    // The HTTP stack is loaded only once the inputs are known to be good: a bad input fails fast.
    const { execute } = await import('./pipeline.js');
    await execute(parsed.config, startedAt);
  } catch (error) {
    fail(error);
  }
}
