import { defineSite } from './define';

export default defineSite({
  id: 'dev-to',
  name: 'DEV Community',
  kind: 'blog-post',
  matches: ['https://dev.to/*'],
});
