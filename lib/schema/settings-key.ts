/** The browser.storage.local key that holds the settings object; free of zod so content scripts can read it. */
export const SETTINGS_KEY = 'settings';
