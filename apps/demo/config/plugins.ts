import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'security-briefings': {
    enabled: true,
    config: {
      // Briefings link to this app's articles, and articles list their briefings.
      articleContentType: 'api::article.article',
      publisher: 'Demo Newsroom',
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
