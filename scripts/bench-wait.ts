/**
 * `npm run bench:wait`: the wait scheduler against Terraform's fixed poll (wait 10 s, then every 10 s),
 * on simulated jobs in virtual time (no sleeping). For each job length and progress model, 41 seeds vary
 * the true finish (±15 %) and the jitter; the table gives job queries and detection lag (time from the
 * job's end to the poll that sees it), median and max over seeds, and our/fixed ratios.
 */
import { nextPollDelay, type Observation } from '../src/schedule.ts';

const SEEDS = 41;
const DURATIONS = [30, 120, 600, 3600];
const MODELS = ['linear', 'step-wise', 'absent'] as const;
type Model = (typeof MODELS)[number];

function prng(seed: number): () => number {
  let a = seed * 2654435761;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** process_percent at `t` ms of a job that ends at `end` ms, as IMS would report it (one decimal). */
function progressAt(model: Model, t: number, end: number): number | undefined {
  if (model === 'absent') return undefined;
  const f = Math.min(1, t / end);
  if (model === 'linear') return Math.floor(f * 1000) / 10;
  return Math.floor(f * 5) * 20; // five steps: 0, 20, 40, 60, 80 %
}

interface Run {
  queries: number;
  lagMs: number;
}

function ours(model: Model, end: number, random: () => number): Run {
  const obs: Observation[] = [];
  let now = 0;
  for (let queries = 1; ; queries++) {
    now += nextPollDelay(now, obs, random());
    if (now >= end) return { queries, lagMs: now - end };
    obs.push({ at: now, status: 'RUNNING', progress: progressAt(model, now, end) });
  }
}

function fixed(end: number): Run {
  const polls = Math.max(1, Math.ceil(end / 10_000));
  return { queries: polls, lagMs: polls * 10_000 - end };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const max = (xs: number[]): number => Math.max(...xs);
const f1 = (n: number): string => n.toFixed(1);
const ratio = (a: number, b: number): string => (b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2));

const results: Record<
  string,
  { q: number; lag: number; fq: number; flag: number; qmax: number; lagmax: number; fqmax: number; flagmax: number }
> = {};
console.log('Wait scheduler vs fixed 10-s poll (virtual time, 41 seeds per row; lag in seconds)\n');
console.log(
  '| job | progress | queries med (ours/fixed) | queries max | lag med s (ours/fixed) | lag max s | query ratio (med) | lag ratio (med) |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const model of MODELS) {
  for (const d of DURATIONS) {
    const o: Run[] = [];
    const f: Run[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const r = prng(seed + d);
      const end = d * 1000 * (0.85 + 0.3 * r());
      o.push(ours(model, end, r));
      f.push(fixed(end));
    }
    const row = {
      q: median(o.map((x) => x.queries)),
      qmax: max(o.map((x) => x.queries)),
      lag: median(o.map((x) => x.lagMs)) / 1000,
      lagmax: max(o.map((x) => x.lagMs)) / 1000,
      fq: median(f.map((x) => x.queries)),
      fqmax: max(f.map((x) => x.queries)),
      flag: median(f.map((x) => x.lagMs)) / 1000,
      flagmax: max(f.map((x) => x.lagMs)) / 1000,
    };
    results[`${model}/${d}`] = row;
    const label = d >= 60 ? `${d / 60} min` : `${d} s`;
    console.log(
      `| ${label} | ${model} | ${row.q} / ${row.fq} | ${row.qmax} / ${row.fqmax} | ${f1(row.lag)} / ${f1(row.flag)} | ${f1(row.lagmax)} / ${f1(row.flagmax)} | ${ratio(row.q, row.fq)} | ${ratio(row.lag, row.flag)} |`,
    );
  }
}
const l10 = results['linear/600']!;
const l60 = results['linear/3600']!;
console.log(`\nlinear progress, 60-min vs 10-min job: ours ${ratio(l60.q, l10.q)}x the queries, fixed ${ratio(l60.fq, l10.fq)}x`);
