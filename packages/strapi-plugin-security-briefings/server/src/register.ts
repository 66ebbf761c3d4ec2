import type { Core, UID } from '@strapi/strapi';
import { COMPONENT_CATEGORY, components } from './components';
import { BRIEFING, CUSTOM_FIELD_NAMES, PLUGIN_ID } from './constants';
import { getConfig } from './utils/config';
import type { PluginConfig } from './config';
import { registerDocumentRules } from './middlewares/document-rules';
import { refuseDraftActionsOnLiveRecords } from './middlewares/live-records';
import { registerEditConflicts } from './middlewares/edit-conflicts';
import { models as reviewModels } from './review/models';
import { registerFourEyes } from './review/middleware';
import { registerMergeGuard } from './merge/middleware';
import { registerVerification } from './middlewares/verification';
import { registerComponentHeadings } from './middlewares/component-headings';
import { models as shelfModels } from './published/models';
import { models as feedModels } from './feed/models';
import { models as revisionLogModels } from './revision-log/models';
import { registerRevisionLog } from './revision-log/middleware';
import { taxiiGate } from './taxii/gate';
import { registerShelfKeeping } from './published/shelf';
import { registerGraphql } from './graphql';
import { articleModel } from './utils/config';

/** Components live in the plugin; Strapi has no loader for that, so they join its registry here, as app components would. */
function registerComponents(strapi: Core.Strapi) {
  const registry = strapi.get('components');
  for (const [name, definition] of Object.entries(components)) {
    const uid = `${COMPONENT_CATEGORY}.${name}`;
    if (registry.get(uid)) continue;
    const schema = JSON.parse(JSON.stringify(definition));
    registry.set(uid, {
      ...schema,
      __schema__: JSON.parse(JSON.stringify(definition)),
      uid,
      category: COMPONENT_CATEGORY,
      modelType: 'component',
      modelName: name,
      globalId: `ComponentSecurityBriefings${name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`,
    });
  }
}

/**
 * The plugin's custom fields. Each is stored as a plain string (Strapi does not allow enumerations
 * as custom fields); the values are the entities package's vocabularies, and the plugin's own
 * content model keeps checking them with the entities' rules (middlewares/document-rules.ts). The
 * admin registers the same names, from shared/identity.ts.
 */
function registerCustomFields(strapi: Core.Strapi) {
  const inputSize = { default: 6, isResizable: true } as const;
  strapi.customFields.register(CUSTOM_FIELD_NAMES.map((name) => ({ name, plugin: PLUGIN_ID, type: 'string', inputSize })));
}

/** Links briefings to the host app's article type in both directions, when the app names it. */
function linkArticles(strapi: Core.Strapi, config: PluginConfig) {
  // Checks the type and the fields the app names, before anything depends on them.
  const model = articleModel(strapi);
  if (!model) return;
  const articleUid = model.uid;
  const article = strapi.contentType(articleUid as UID.ContentType);
  if (!model.fields.title && !model.fields.body) {
    strapi.log.warn(`security-briefings: ${articleUid} has no title or body field the plugin can read; name them in articleContentType.fields to draft briefings from articles.`);
  }
  const briefing = strapi.contentType(BRIEFING);
  (briefing.attributes as Record<string, unknown>).sourceArticle = {
    type: 'relation',
    relation: 'manyToOne',
    target: articleUid,
    inversedBy: config.articleBriefingsField,
  };
  // One incident, many reports: the articles after the source article (which stays the first, for the exports).
  (briefing.attributes as Record<string, unknown>).furtherArticles = { type: 'relation', relation: 'manyToMany', target: articleUid };
  (article.attributes as Record<string, unknown>)[config.articleBriefingsField] = {
    type: 'relation',
    relation: 'oneToMany',
    target: BRIEFING,
    mappedBy: 'sourceArticle',
    // The article's own API must not become a way round the briefing rules (drafts, TLP): admin only.
    private: true,
  };
}

export default function register({ strapi }: { strapi: Core.Strapi }) {
  const config = getConfig(strapi);
  registerComponents(strapi);
  linkArticles(strapi, config);
  // The plugin's own tables (published shelf, partner feed, review trail, revision log), synced by Strapi like its own stores'.
  for (const model of [...shelfModels, ...feedModels, ...reviewModels, ...revisionLogModels]) strapi.get('models').add(model as never);
  // Before Strapi's own middlewares: Basic credentials become a Bearer token, and TAXII answers in its media type.
  strapi.server.use(taxiiGate(strapi));
  // First, so it wraps every other rule: a write refused by any of them leaves no log entry.
  registerRevisionLog(strapi);
  // Before the document rules: the shelf is refreshed after their work (a marking raised by a draft save).
  registerShelfKeeping(strapi);
  // Inside the shelf's (it shelves the level derived), outside the document rules (a level sent is dropped before they judge).
  registerVerification(strapi);
  // Likewise for the titles of actor roles and sources.
  registerComponentHeadings(strapi);
  // A merged briefing's pointer is set by a merge only, and it is never published again.
  registerMergeGuard(strapi);
  registerDocumentRules(strapi);
  refuseDraftActionsOnLiveRecords(strapi);
  registerEditConflicts(strapi);
  // Last, inside every other rule's transaction: it compares the draft just before and after Strapi writes it.
  registerFourEyes(strapi);
  registerCustomFields(strapi);
  registerGraphql(strapi);
}
