const fs = require('node:fs');

// The demo the global setup started (start-demo.js), from globalThis: Jest runs setup and teardown in one process.
module.exports = async () => {
  const demo = globalThis.securityBriefingsDemo;
  if (!demo) return;
  try {
    // The whole process group: the demo was started detached, as its own group.
    process.kill(-demo.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  fs.rmSync(demo.dataDir, { recursive: true, force: true });
  delete globalThis.securityBriefingsDemo;
};
