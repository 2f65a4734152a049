import { defineSite } from './define';

export default defineSite({
  id: 'medium',
  name: 'Medium',
  kind: 'blog-post',
  matches: ['https://medium.com/*', 'https://*.medium.com/*'],
});
