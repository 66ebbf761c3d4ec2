// Fresh secrets for one test run: CI has no .env, and tests never reuse the demo's own keys.
const { randomBytes } = require('node:crypto');

const secret = () => randomBytes(16).toString('base64');

exports.throwawaySecrets = () => ({
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  STRAPI_TELEMETRY_DISABLED: 'true',
});
