export { PostsModule } from './PostsModule';
export { PersonPostsTab } from './PersonPostsTab';
export { PostsNavBadge } from './PostsNavBadge';
