// The plugin's names are written once, in shared/identity.ts (shared with the server and the demo's tests).
export { PLUGIN_ID } from '../../shared/identity';
