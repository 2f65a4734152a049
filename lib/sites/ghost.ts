import { defineSite } from './define';

export default defineSite({
  id: 'ghost',
  name: 'Ghost',
  kind: 'blog-post',
  matches: ['https://*.ghost.io/ghost/*'],
});
