/** Property: whatever strings arrive as inputs, the parser never throws, and every rejection names an input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_NAMES, parseInputs, readRawInputs, type RawInputs } from '../src/inputs.js';

const anyText = fc.oneof(
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.string({ maxLength: 50, unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '\n',
    '[',
    '[{',
    '[{"key":null}]',
    '{}',
    'null',
    '0',
    '-1',
    '1e309',
    'NaN',
    '::error::x',
    '%0A',
    'a.b',
    'a=b',
    'k.v,k.v',
    'http://127.0.0.1:1',
    'true',
    'FALSE',
    '1h',
    '0s',
    'reuse',
    'a:b',
    'cn-north-4',
  ),
);

const rawInputs = fc.record(
  Object.fromEntries(INPUT_NAMES.map((n) => [n, anyText])) as Record<(typeof INPUT_NAMES)[number], fc.Arbitrary<string>>,
);

describe('parseInputs over arbitrary strings', () => {
  it('never throws; every error starts with the name of a real input', () => {
    fc.assert(
      fc.property(rawInputs, (raw) => {
        const trimmed = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.trim()])) as RawInputs;
        const res = parseInputs(trimmed);
        if (res.ok) {
          expect(res.config.body.name).toBe(trimmed.name);
          return;
        }
        expect(res.errors.length).toBeGreaterThan(0);
        for (const e of res.errors) {
          const named = e.split(':')[0]!.split(', ');
          for (const n of named) expect(INPUT_NAMES as readonly string[]).toContain(n);
        }
      }),
      { numRuns: 3000, seed: 4242 },
    );
  });

  it('never echoes a credential value in an error', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 12, maxLength: 60 }), fc.string({ minLength: 12, maxLength: 60 }), (sk, token) => {
        const raw = readRawInputs({ INPUT_SECRET_ACCESS_KEY: sk, INPUT_SECURITY_TOKEN: token });
        const res = parseInputs(raw);
        const text = res.ok ? '' : res.errors.join('\n');
        if (raw.secret_access_key.length >= 12) expect(text).not.toContain(raw.secret_access_key);
        if (raw.security_token.length >= 12) expect(text).not.toContain(raw.security_token);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
