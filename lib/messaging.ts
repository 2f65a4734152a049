import { browser } from 'wxt/browser';
import type { Message, ReplyOf } from './schema/messages';

/**
 * Sends one typed message to the background; the reply's type follows from the message's type
 * (lib/schema/messages.ts ReplySchemas). Throws when the extension context is gone.
 */
export async function sendMessage<T extends Message['type']>(message: Message & { type: T }): Promise<ReplyOf<T>> {
  return (await browser.runtime.sendMessage(message)) as ReplyOf<T>;
}

/** "Extension context invalidated": the extension was reloaded or updated under this page. */
export function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}
