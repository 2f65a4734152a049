import { defineSite } from './define';

export default defineSite({
  id: 'wordpress',
  name: 'WordPress',
  kind: 'blog-post',
  // wordpress.com runs the editor in a frame of the site's own wp-admin (calypsoify); self-hosted
  // blogs are granted at run time when the user adds them (lib/user-sites).
  matches: ['https://*.wordpress.com/wp-admin/post.php*', 'https://*.wordpress.com/wp-admin/post-new.php*'],
  frames: true,
});
