// CI has no .env: each test run gets its own secrets, and never touches the network.
const { randomBytes } = require('node:crypto');

const secret = () => randomBytes(16).toString('base64');
Object.assign(process.env, {
  NODE_ENV: 'test',
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  STRAPI_TELEMETRY_DISABLED: 'true',
  STARTUP_LOG: 'false',
});
