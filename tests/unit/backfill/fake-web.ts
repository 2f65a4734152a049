import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const backfillFixture = (path: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'backfill', path), 'utf8');

export interface FakeReply {
  status?: number;
  statusText?: string;
  body: string;
  headers?: Record<string, string>;
}

/**
 * A stand-in for the network: exact URLs answer with fixtures, anything else fails the way an
 * unreachable host does (TypeError from fetch). Records what was asked, in order.
 */
export function fakeWeb(routes: Record<string, FakeReply | ((url: string) => FakeReply)>) {
  const requested: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    requested.push(url);
    init?.signal?.throwIfAborted();
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    const reply = typeof route === 'function' ? route(url) : route;
    return new Response(reply.body, { status: reply.status ?? 200, statusText: reply.statusText, headers: reply.headers });
  };
  return { fetch: fetch as typeof globalThis.fetch, requested };
}

export const noWait = async () => {};
