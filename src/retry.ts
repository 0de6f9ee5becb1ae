/** The one retry function: full-jitter exponential backoff, bounded attempts, bounded by a deadline. */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 20_000 };

/** Full jitter: uniform in [0, min(cap, base·2^retry)). `retry` counts from 0. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random * ceiling);
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from `nowMs`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

export interface RetryDecision {
  retry: boolean;
  /** A wait the server asked for (Retry-After); used instead of backoff when longer. */
  afterMs?: number;
}

export interface RetryContext {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  /** No attempt starts, and no wait is planned, past this time (epoch ms). */
  deadline: number;
  decide: (error: unknown) => RetryDecision;
  onRetry: (error: unknown, attempt: number, delayMs: number) => void;
}

/** Runs `attempt` until it succeeds, its error is not retryable, attempts run out or the deadline would pass. */
export async function retry<T>(attempt: (n: number) => Promise<T>, ctx: RetryContext): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const decision = ctx.decide(error);
      if (!decision.retry || n >= ctx.policy.maxAttempts) throw error;
      const delay = Math.max(backoffDelay(n - 1, ctx.policy, ctx.random()), decision.afterMs ?? 0);
      if (ctx.now() + delay >= ctx.deadline) throw error;
      ctx.onRetry(error, n, delay);
      await ctx.sleep(delay);
    }
  }
}
