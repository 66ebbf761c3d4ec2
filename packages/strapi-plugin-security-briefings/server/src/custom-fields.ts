import type { Core } from '@strapi/strapi';

/** Custom fields (TLP marking, source grade, threat level): registered on the server here. */
export function registerCustomFields(_strapi: Core.Strapi) {}
