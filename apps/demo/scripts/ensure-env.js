// Writes apps/demo/.env with fresh random secrets on first run; never overwrites an existing one.
const { randomBytes } = require('node:crypto');
const { existsSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', '.env');
if (!existsSync(file)) {
  const secret = () => randomBytes(24).toString('base64');
  const lines = [
    'HOST=0.0.0.0',
    'PORT=1337',
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
    'STRAPI_TELEMETRY_DISABLED=true',
  ];
  writeFileSync(file, lines.join('\n') + '\n', { mode: 0o600 });
  console.log('demo: wrote apps/demo/.env with freshly generated secrets');
}
