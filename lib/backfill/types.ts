import type { MessageKey } from '../i18n';
import type { Draft } from '../schema/contribution';

/** A failure the person can act on; its message is shown as it is. */
export class BackfillError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackfillError';
  }
}

/** Something found that was not imported, and why. */
export interface Rejected {
  title: string;
  url?: string;
  reason: string;
}

/** What a source found for the chosen year, before anything is validated or stored. */
export interface Collected {
  drafts: Draft[];
  rejected: Rejected[];
  /** Items that belong to other years: counted, never imported. */
  otherYears: number;
  /** What the person should know about the result, e.g. a feed that does not reach back far enough. */
  warnings: string[];
  /** Tallies worth showing with the result, e.g. pull requests per repository. */
  counts?: string[];
}

export interface Progress {
  message: string;
  /** Requests sent so far. */
  requests: number;
  /** Items of the chosen year found so far. */
  found: number;
}

/** What a source may do while it collects: everything with an effect goes through here. */
export interface SourceContext {
  year: number;
  signal: AbortSignal;
  /** GET `url`. A network failure becomes a BackfillError naming the host; a cancel rejects with the abort reason. */
  get(url: string, accept?: string): Promise<Response>;
  /** Whether the extension may read `url` (its host permission is granted): a next page may live on another host. */
  allowed(url: string): Promise<boolean>;
  /** Waits the given seconds unless cancelled first (API back-off). */
  wait(seconds: number): Promise<void>;
  /** Tells the person what is happening; `found` (items of the year so far) stays as it was when left out. */
  progress(message: string, found?: number): void;
  now: Date;
}

/** One place to import from: what to ask the person, which hosts it needs, how it collects. */
export interface BackfillSource<Input = unknown> {
  id: 'feed' | 'stack-exchange' | 'youtube' | 'github' | 'github-contributions' | 'sessionize' | 'sessionize-schedule' | 'mastodon' | 'bluesky';
  /** Message keys (lib/i18n.ts): the source's name, and each field's label and hint; the placeholder is an example address or handle. */
  label: MessageKey;
  fields: readonly { name: string; label: MessageKey; placeholder: string; hint?: MessageKey; optional?: boolean }[];
  /** What the person typed, checked; throws a BackfillError saying what is wrong. */
  parseInput(values: Readonly<Record<string, string>>): Input;
  /** Host permissions to request (optional_host_permissions) before the first request. */
  origins(input: Input): string[];
  collect(input: Input, ctx: SourceContext): Promise<Collected>;
}
