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
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
});

export default config;
