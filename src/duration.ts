/** Formats and parses the human durations used by `wait_timeout` and the logs. Pure. */

const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/**
 * Parses `90s`, `20m`, `1h30m`, `1h2m3s` or bare seconds (`600`) into milliseconds.
 * Returns undefined when the text is not such a duration.
 */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  const m = DURATION.exec(t);
  if (!m || t === '') return undefined;
  const [, h = '0', min = '0', s = '0'] = m;
  return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000;
}

/** `3m10s`, `45s`, `1h2m`: for log lines and summaries. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h${m > 0 ? `${m}m` : ''}`;
  if (m > 0) return `${m}m${s > 0 ? `${s}s` : ''}`;
  return `${s}s`;
}
