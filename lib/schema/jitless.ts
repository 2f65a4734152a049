import { z } from 'zod';

// The extension's pages and worker forbid eval (MV3's default CSP). Zod probes for it with
// `new Function('')` to compile fast parsers; the probe fails and would report a CSP violation on
// every page. Parsing without compiled code is plenty fast for our sizes.
z.config({ jitless: true });
