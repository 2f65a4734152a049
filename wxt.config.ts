import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Contribution Tracker',
    description: 'Captures your community contributions as you make them and fills award applications.',
    // storage: the outbox and settings; activeTab + scripting: "Save this page" on the tab the user
    // is looking at, only after they ask. Sites we capture on come from the content script matches.
    permissions: ['storage', 'activeTab', 'scripting'],
    browser_specific_settings: {
      gecko: { id: 'contribution-tracker@example.org' },
    },
  },
});
