import { BackfillError } from './types';

/**
 * Bounds on what an import reads from the web, so a hostile or broken feed or API cannot fill the
 * memory or the store. Generous for real sources: a WordPress feed page with full posts is a few
 * hundred KB, a YouTube channel page about 1 MB, an API page 100 items.
 */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Entries in one feed page (WordPress serves 10 by default, Blogger at most 500). */
export const MAX_PAGE_ITEMS = 1000;
/** Entries one import may store; a year of contributions is far fewer. */
export const MAX_IMPORT_ITEMS = 5000;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(url: string, limit: number): BackfillError {
  return new BackfillError(`${new URL(url).host} sent more than ${megabytes(limit)} for one page, which no feed or API page needs. Nothing was imported.`);
}

/**
 * The response with its body read up to `limit` bytes: a declared or actual size beyond it stops
 * the read at once (the rest is never downloaded) with a clear error.
 */
export async function capResponse(response: Response, url: string, limit = MAX_RESPONSE_BYTES): Promise<Response> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, limit);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); reader && part && !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(url, limit);
    }
    chunks.push(part.value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const noBody = response.status === 204 || response.status === 304;
  return new Response(noBody ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Refuses a feed page with more entries than any real feed serves at once. */
export function checkPageItems(count: number, url: string): void {
  if (count > MAX_PAGE_ITEMS) {
    throw new BackfillError(`${new URL(url).host} listed ${count} entries on one page; more than ${MAX_PAGE_ITEMS} is not a feed we can trust. Nothing was imported.`);
  }
}

/** Refuses an import that would store more entries than a year of contributions could hold. */
export function checkImportItems(count: number): void {
  if (count > MAX_IMPORT_ITEMS) {
    throw new BackfillError(`This source gave ${count} entries for one year, more than the ${MAX_IMPORT_ITEMS} an import may store. Nothing was imported.`);
  }
}
