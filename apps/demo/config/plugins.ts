import type { Core } from '@strapi/strapi';

/** The Post type (headline, blocks body, its own date field) as an article model for the plugin. */
const POST_MODEL = { uid: 'api::post.post', fields: { title: 'headline', body: 'content', publishedDate: 'published' } };

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'security-briefings': {
    enabled: true,
    config: {
      // Briefings link to this app's articles, and articles list their briefings.
      // BRIEFINGS_ARTICLE_TYPE=post links them to the Post type instead, named by its own fields (tests/article-model.test.ts).
      articleContentType: env('BRIEFINGS_ARTICLE_TYPE') === 'post' ? POST_MODEL : 'api::article.article',
      publisher: 'Demo Newsroom',
      // Four-eyes publishing, on in the demo; the test harness turns it off for every suite but tests/four-eyes.test.ts.
      review: { fourEyes: env.bool('SECURITY_BRIEFINGS_FOUR_EYES', true) },
    },
  },
  graphql: {
    enabled: true,
    config: {
      // No GraphQL Sandbox page in any environment (playgroundAlways is deprecated and only warns).
      landingPage: false,
      // The schema stays discoverable: it lists only what each query may return, not the data.
      apolloServer: { introspection: true },
      // Bounded work per request: nesting depth and page size (the REST routes' limits too).
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
});

export default config;
