/** action.yml, the code and the README describe the same inputs and outputs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_NAMES } from '../src/inputs.js';
import { ROOT, readActionYml } from '../test/support/run-action.ts';

const yml = readActionYml();
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

function tableRows(heading: string): string[] {
  const section = readme.split(`## ${heading}\n`)[1]!.split('\n## ')[0]!;
  return [...section.matchAll(/^\|\s*`([a-z_]+)`\s*\|/gm)].map((m) => m[1]!);
}

describe('the contract', () => {
  it('action.yml declares exactly the inputs the code reads', () => {
    expect(Object.keys(yml.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('every input and output has a description; runs on node24 from dist/index.js', () => {
    for (const spec of [...Object.values(yml.inputs), ...Object.values(yml.outputs)]) expect(spec.description.length).toBeGreaterThan(10);
    const raw = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(raw).toMatch(/using: 'node24'/);
    expect(raw).toMatch(/main: 'dist\/index.js'/);
  });

  it('outputs are job_id, image_id and status', () => {
    expect(Object.keys(yml.outputs).sort()).toEqual(['image_id', 'job_id', 'status']);
  });

  it('the README tables list the same inputs and outputs, in action.yml order', () => {
    expect(tableRows('Inputs')).toEqual(Object.keys(yml.inputs));
    expect(tableRows('Outputs')).toEqual(Object.keys(yml.outputs));
  });

  it('required inputs are required in both', () => {
    const required = Object.entries(yml.inputs)
      .filter(([, s]) => s.required)
      .map(([n]) => n);
    expect(required).toEqual(['name', 'image_url', 'min_disk']);
    for (const name of required) expect(readme).toMatch(new RegExp(`^\\|\\s*\`${name}\`\\s*\\|\\s*yes\\s*\\|`, 'm'));
  });
});
