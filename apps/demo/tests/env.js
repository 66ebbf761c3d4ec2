// Integration tests boot Strapi in-process: give it throwaway secrets and keep it offline and quiet.
const { throwawaySecrets } = require('./secrets');

Object.assign(process.env, { NODE_ENV: 'test', STARTUP_LOG: 'false', ...throwawaySecrets() });
