import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Route } from 'playwright-core';
import type { Harness } from '../harness';
import { FIXTURES, type FileBody, type RouteSpec } from './case';
import { freshen } from './fresh';

/** A fixture file of the site, with its replacements, fresh dates and site script applied. */
export function fileBody(site: string, body: FileBody): string {
  const folder = join(FIXTURES, site);
  let text = readFileSync(join(folder, body.file), 'utf8');
  for (const { before, file } of body.insert ?? []) {
    if (!text.includes(before)) throw new Error(`${body.file} does not contain "${before}"`);
    text = text.replace(before, `${readFileSync(join(folder, file), 'utf8')}${before}`);
  }
  for (const file of body.without ?? []) {
    const part = readFileSync(join(folder, file), 'utf8');
    if (!text.includes(part)) throw new Error(`${body.file} does not contain ${file}`);
    text = text.replace(part, '');
  }
  for (const [pattern, to] of Object.entries(body.regex ?? {})) {
    if (!new RegExp(pattern).test(text)) throw new Error(`${body.file} has nothing like /${pattern}/`);
    text = text.replace(new RegExp(pattern), to);
  }
  for (const [from, to] of Object.entries(body.replace ?? {})) {
    if (!text.includes(from)) throw new Error(`${body.file} does not contain "${from}"`);
    text = text.replaceAll(from, to);
  }
  text = freshen(text, body.fresh);
  if (body.script) text = text.replace('</body>', `<script>\n${readFileSync(join(folder, 'e2e', body.script), 'utf8')}</script>\n</body>`);
  return text;
}

/** Puts each {"$file": …} of a JSON reply in as that file's text. */
function withFiles(site: string, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => withFiles(site, item));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$file === 'string') return fileBody(site, { ...(record as object), file: record.$file } as FileBody);
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, withFiles(site, item)]));
  }
  return value;
}

/** Every field of `want` is in `have` (objects compared field by field, the rest by equality). */
export function contains(have: unknown, want: unknown): boolean {
  if (want && typeof want === 'object' && !Array.isArray(want)) {
    if (!have || typeof have !== 'object') return false;
    return Object.entries(want).every(([key, value]) => contains((have as Record<string, unknown>)[key], value));
  }
  return JSON.stringify(have) === JSON.stringify(want);
}

function requestBody(request: Request): unknown {
  const raw = request.postData() ?? '';
  try {
    return JSON.parse(raw);
  } catch {
    return Object.fromEntries(new URLSearchParams(raw));
  }
}

function matches(spec: RouteSpec, request: Request): boolean {
  if (spec.method && spec.method.toUpperCase() !== request.method()) return false;
  const query = new URL(request.url()).searchParams;
  if (Object.entries(spec.query ?? {}).some(([key, value]) => !query.has(key) || (value !== '' && query.get(key) !== value))) return false;
  if (!spec.body) return true;
  const body = requestBody(request) as Record<string, unknown>;
  return Object.entries(spec.body).every(([key, value]) => (value === '' ? body && key in body : contains(body?.[key], value)));
}

async function answer(site: string, spec: RouteSpec, route: Route): Promise<void> {
  const headers = spec.headers;
  if (spec.redirect) return route.fulfill({ status: 302, headers: { ...headers, location: spec.redirect } });
  if (spec.page) return route.fulfill({ status: spec.status, headers, contentType: 'text/html; charset=utf-8', body: fileBody(site, spec.page) });
  if (spec.json !== undefined) return route.fulfill({ status: spec.status, headers, json: withFiles(site, spec.json) });
  return route.fulfill({ status: spec.status ?? 200, headers, contentType: 'text/html; charset=utf-8', body: spec.text ?? '' });
}

/**
 * Serves a case's routes and counts the requests of each named one. Routes with the same glob share
 * one handler that answers with the first whose filters match, so a page can answer GET and POST
 * apart; a request none matches goes on to older handlers (at last, the harness's offline refusal).
 */
export function caseRoutes(h: Harness, site: string) {
  const calls: Record<string, number> = {};
  const byGlob = new Map<string, RouteSpec[]>();
  async function serve(specs: readonly RouteSpec[]) {
    const added = new Set<string>();
    for (const spec of specs) {
      const list = byGlob.get(spec.url) ?? [];
      if (!byGlob.has(spec.url) || added.has(spec.url)) list.push(spec);
      else list.unshift(spec); // served again mid-case: the new answer comes first
      if (!byGlob.has(spec.url)) {
        byGlob.set(spec.url, list);
        await h.serve(spec.url, (route) => {
          const found = list.find((candidate) => matches(candidate, route.request()));
          if (!found) return route.fallback();
          if (found.id) calls[found.id] = (calls[found.id] ?? 0) + 1;
          return answer(site, found, route);
        });
      }
      added.add(spec.url);
    }
  }
  return { serve, calls };
}
