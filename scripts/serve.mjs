// `npm run serve`: rebuilds the renderer and the server bundle only if their sources changed, then runs the server in
// this same process (one node start, not three: issue 13). Arguments go to electron/serve/cli.ts (--port, --data-dir,
// --today).
import './build-renderer.mjs';
import './build-server.mjs';

// For the start's split (`npm run bench -- --only start`): the builds are checked, the server's modules come next.
process.env.TAIZHANG_BUILDS_CHECKED = String(Date.now());

await import('../out/serve/cli.js');
