import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR } from './harness';

export default function setup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. The end-to-end tests drive Debian's Chromium: ` +
        'install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH to another Chromium).',
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first (npm run test:e2e does).`);
  }
}
