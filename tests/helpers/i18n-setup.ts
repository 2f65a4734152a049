import { beforeEach } from 'vitest';
import { serveLocale } from './i18n';

beforeEach(() => serveLocale('en'));
