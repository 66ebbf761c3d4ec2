import { ExportsPanel } from './ExportsPanel';

export function registerExports(app: any) {
  app.getPlugin('content-manager').apis.addEditViewSidePanel([ExportsPanel]);
}
