import { PLUGIN_ID } from './pluginId';
import { translations } from './translations';
import { registerCustomFields } from './custom-fields';
import { registerEditView } from './edit-view';
import { registerEditingPanel } from './edit-view/EditingPanel';
import { registerOverview } from './overview';
import { registerExports } from './exports';
import { registerLabels } from './labels';
import { getTranslation } from './utils/translations';

const prefixed = (data: Record<string, string>) => Object.fromEntries(Object.entries(data).map(([key, value]) => [getTranslation(key), value]));

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    registerCustomFields(app);
    registerOverview(app);
  },

  bootstrap(app: any) {
    registerEditingPanel(app);
    registerEditView(app);
    registerExports(app);
    registerLabels(app);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: prefixed(translations[locale] ?? {}) }));
  },
};
