export { PostsModule } from './PostsModule';
export { PersonPostsTab } from './PersonPostsTab';
