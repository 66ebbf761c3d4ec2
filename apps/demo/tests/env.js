// Integration tests boot Strapi in-process: give it throwaway secrets and keep it offline and quiet.
const { throwawaySecrets } = require('./secrets');

// Four-eyes publishing is off for the suites: they publish as one editor (tests/four-eyes.test.ts turns it on).
Object.assign(process.env, { NODE_ENV: 'test', STARTUP_LOG: 'false', SECURITY_BRIEFINGS_FOUR_EYES: 'false', ...throwawaySecrets() });
