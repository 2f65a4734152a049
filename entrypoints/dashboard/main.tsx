import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db/database';
import { watchBadge } from '../../lib/badge';
import { Dashboard } from '../../components/Dashboard';

// Edits made here update the badge even while the background worker sleeps.
watchBadge(db, browser.action ?? browser.browserAction);

createRoot(document.getElementById('root')!).render(<Dashboard db={db} />);
