import type { Kind, LinkedContribution } from '../lib/schema/contribution';

/**
 * Stored entries for the benchmarks, the shape the background writes (canonical https URLs, a text
 * hash, metrics with an as-of date). Deterministic: the same options give the same entries.
 */
export interface DatasetOptions {
  count: number;
  /** Entries are spread evenly over [from, to), newest last. */
  from: Date;
  to: Date;
  seed?: number;
}

/** The word the filter benchmark types: it appears in the titles of one entry in TECH.length. */
export const FILTER_WORD = 'Kubernetes';

const TECH = [
  'PowerCLI', 'vSphere', 'NSX', 'vSAN', 'Aria', 'Tanzu', 'Azure', 'Entra ID', 'PowerShell', 'Intune',
  'Teams', 'SharePoint', 'Excel', 'SQL Server', 'Python', 'TypeScript', 'Docker', FILTER_WORD, 'Terraform',
  'Ansible', 'Bicep', 'Hyper-V', 'Exchange', 'Defender', 'ESXi',
];
const TASKS = ['automate', 'debug', 'upgrade', 'monitor', 'secure', 'back up', 'migrate', 'script', 'tune', 'deploy'];
const OUTLETS: { kind: Kind; platform: string; url: (n: number) => string }[] = [
  { kind: 'forum-answer', platform: 'stack-exchange', url: (n) => `https://stackoverflow.com/a/${70_000_000 + n}` },
  { kind: 'forum-answer', platform: 'microsoft-qna', url: (n) => `https://learn.microsoft.com/answers/a/${2_000_000 + n}` },
  { kind: 'forum-answer', platform: 'broadcom-community', url: (n) => `https://community.broadcom.com/vmware-cloud-foundation/discussion/thread-${n}` },
  { kind: 'blog-post', platform: 'wordpress', url: (n) => `https://blog.example.org/${n}/notes-from-the-lab` },
  { kind: 'video', platform: 'youtube', url: (n) => `https://www.youtube.com/watch?v=bench${n.toString(36).padStart(6, '0')}` },
  { kind: 'talk', platform: 'manual', url: (n) => `https://events.example.org/sessions/${n}` },
];

/** mulberry32: a tiny seeded generator, so datasets are reproducible without a library. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex64 = (n: number) => (n.toString(16).padStart(8, '0').repeat(8)).slice(0, 64);

export function makeEntries({ count, from, to, seed = 1 }: DatasetOptions): LinkedContribution[] {
  const next = random(seed);
  const span = to.getTime() - from.getTime();
  return Array.from({ length: count }, (_, i): LinkedContribution => {
    const outlet = OUTLETS[i % OUTLETS.length]!;
    const tech = TECH[i % TECH.length]!;
    const task = TASKS[Math.floor(next() * TASKS.length)]!;
    const published = new Date(from.getTime() + Math.floor(((i + next()) / count) * span));
    const captured = new Date(Math.min(published.getTime() + 60_000, to.getTime() - 1));
    return {
      id: `bench-${seed}-${i}`,
      kind: outlet.kind,
      platform: outlet.platform,
      url: outlet.url(i),
      title: `How to ${task} ${tech} at scale (#${i})`,
      excerpt: `Notes on how to ${task} ${tech}: the steps that worked, what failed first, and the script that does it now.`,
      publishedAt: published.toISOString(),
      capturedAt: captured.toISOString(),
      source: outlet.platform === 'manual' ? 'manual' : 'auto',
      author: 'bench-user',
      own: true,
      metrics: { asOf: captured.toISOString(), votes: Math.floor(next() * 40) },
      evidence: { textSha256: hex64(i) },
      tags: [tech.toLowerCase()],
      notes: '',
      privateNotes: '',
      programs: {},
    };
  });
}
