/** The job summary: what was made (or why not), as an HTML table for the run page. Pure rendering. */
import { formatDuration } from './duration.js';

export interface RunReport {
  name: string;
  region: string;
  projectId?: string;
  jobId?: string;
  imageId?: string;
  /** SUCCESS, FAIL, EXISTING, SUBMITTED, a timeout's last status, or ERROR. */
  status: string;
  durationMs: number;
  osType: string;
  minDisk: number;
  tags: string[];
  error?: { title: string; message: string; code?: string; reason?: string; requestId?: string };
}

/** Escapes text for HTML; text from the network may hold anything. */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ICON: Record<string, string> = { SUCCESS: '✅', EXISTING: '♻️', SUBMITTED: '📨', FAIL: '❌', ERROR: '❌' };

export function renderSummary(r: RunReport): string {
  const rows: [string, string][] = [
    ['Image name', r.name],
    ['Image ID', r.imageId ?? '—'],
    ['Status', r.status],
    ['Region', r.region],
    ['Project', r.projectId ?? '—'],
    ['Job ID', r.jobId || '—'],
    ['Duration', formatDuration(r.durationMs)],
    ['OS type', r.osType],
    ['Min disk', `${r.minDisk} GB`],
    ['Tags', r.tags.length > 0 ? r.tags.join(', ') : '—'],
  ];
  if (r.error) {
    if (r.error.code) rows.push(['Error code', r.error.code]);
    if (r.error.reason) rows.push(['Reason', r.error.reason]);
    if (r.error.requestId) rows.push(['Request ID', r.error.requestId]);
  }
  const icon = ICON[r.status] ?? '⏱️';
  const heading = r.error
    ? `${icon} IMS data image: ${r.error.title}`
    : `${icon} IMS data image ${r.status === 'EXISTING' ? 'reused' : r.status === 'SUBMITTED' ? 'submitted' : 'created'}`;
  const table = rows.map(([k, v]) => `<tr><th align="left">${html(k)}</th><td>${html(v)}</td></tr>`).join('\n');
  const detail = r.error ? `\n<details><summary>Error</summary>\n<pre>${html(r.error.message)}</pre>\n</details>` : '';
  return `<h3>${html(heading)}</h3>\n<table>\n${table}\n</table>${detail}\n`;
}
