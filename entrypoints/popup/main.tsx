import { createRoot } from 'react-dom/client';
import { db } from '../../lib/db/database';
import { sendMessage } from '../../lib/messaging';
import { Popup } from '../../components/Popup';

createRoot(document.getElementById('root')!).render(
  <Popup db={db} year={new Date().getFullYear()} saveCurrentPage={() => sendMessage({ type: 'saveCurrentPage' })} />,
);
