import { defineSite } from './define';

export default defineSite({
  id: 'hashnode',
  name: 'Hashnode',
  kind: 'blog-post',
  matches: ['https://hashnode.com/*', 'https://*.hashnode.dev/*'],
});
