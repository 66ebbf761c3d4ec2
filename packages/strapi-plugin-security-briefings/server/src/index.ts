import type { Core } from '@strapi/strapi';
import register from './register';
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import { appReadTurns } from './middlewares/read-turns';
import { stopRevisionLog } from './revision-log/retention';

export default {
  register,
  bootstrap,
  destroy: ({ strapi }: { strapi: Core.Strapi }) => stopRevisionLog(strapi),
  config,
  contentTypes,
  controllers,
  middlewares: { 'read-turns': appReadTurns },
  routes,
  services,
};
