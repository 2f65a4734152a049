import { configure } from '@testing-library/react';

// Lazy chunks (the Year tab, Dexie) load through dynamic import; on a busy 2-core runner that can take
// longer than Testing Library's 1 s default, and a slow machine must not read as a broken screen.
configure({ asyncUtilTimeout: 5_000 });
