import { savedWithWarnings, written, type ChannelsOf, type PartialHandlers } from '../../handlers';
import { createPost, defaultStandardFor, postDetailOf, reinstatePost, revokePost, updatePostRecord } from './service';
import { listPosts } from './queries';
import { contractsEnding } from './contracts-ending';
import { subsidyEnding, retiring, vacancyReports, vacancies, worklistCounts } from './worklists';

type PostChannels = ChannelsOf<'posts' | 'postWorklists'>;

export const postsHandlers: PartialHandlers<PostChannels> = {
  'posts.create': (input, ctx) => savedWithWarnings('post', createPost(ctx, input)),
  'posts.update': (input, ctx) => savedWithWarnings('post', updatePostRecord(ctx, input)),
  'posts.get': (input, ctx) => postDetailOf(ctx, input.id),
  'posts.list': (input, ctx) => listPosts(ctx.db, input, ctx.today()),
  'posts.revoke': (input, ctx) => {
    const post = revokePost(ctx, input.id, input.revokedDate, input.reason);
    return written({
      data: post,
      summary: `撤销岗位 ${post.postCode}“${post.title}”：${input.revokedDate}，原因：${input.reason}`,
    });
  },
  'posts.reinstate': (input, ctx) => {
    const post = reinstatePost(ctx, input.id);
    return written({ data: post, summary: `恢复岗位 ${post.postCode}“${post.title}”` });
  },
  'posts.defaultStandard': (input, ctx) => defaultStandardFor(ctx.db, input, input.onDate ?? ctx.today()),
  'postWorklists.vacancies': (input, ctx) => vacancies(ctx, input),
  'postWorklists.subsidyEnding': (input, ctx) => subsidyEnding(ctx, input),
  'postWorklists.retiring': (input, ctx) => retiring(ctx, input),
  'postWorklists.vacancyReports': (input, ctx) => vacancyReports(ctx, input),
  'postWorklists.contractsEnding': (input, ctx) => contractsEnding(ctx, input),
  'postWorklists.counts': (_input, ctx) => worklistCounts(ctx),
};
