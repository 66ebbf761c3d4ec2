import type { Core } from '@strapi/strapi';
import type services from '../services';
import { PLUGIN_ID } from '../constants';

type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

/** One of the plugin's services, typed: `getService(strapi, 'briefings').find(...)`. */
export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[Name];
