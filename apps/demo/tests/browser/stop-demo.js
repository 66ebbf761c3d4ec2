const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const stateFile = path.join(os.tmpdir(), 'security-briefings-browser-demo.json');

module.exports = async () => {
  if (!fs.existsSync(stateFile)) return;
  const { pid, dataDir } = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(stateFile, { force: true });
};
