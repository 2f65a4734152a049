import { browser } from 'wxt/browser';
import type { Message, Reply } from './schema/messages';

/** Sends one typed message to the background. Throws when the extension context is gone. */
export async function sendMessage(message: Message): Promise<Reply> {
  return (await browser.runtime.sendMessage(message)) as Reply;
}

/** "Extension context invalidated": the extension was reloaded or updated under this page. */
export function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}
