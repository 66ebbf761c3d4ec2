import { chooseVocabularyFilters, labelVocabularyColumns } from './list-view';

/**
 * Labels where editors read: the Content Manager's list shows each vocabulary field by its label
 * ("Explosions/Remote violence", "TLP:AMBER"), from the entities vocabularies, and its filters offer
 * the terms by label.
 *
 * The collapsed entries of a repeatable component cannot be labelled here: the Content Manager
 * titles each with the raw form value of the component's mainField
 * (`<Accordion.Trigger>{displayValue}</Accordion.Trigger>` in its Repeatable component), and none of
 * its extension points (list-view and filter hooks, edit-view layout hook, side panels, document
 * actions, injection zones) formats that value. So actor roles and sources are titled by a hidden
 * `heading` field in words ("Perpetrator: Islamic State") that the server derives on every save
 * (server/src/middlewares/component-headings.ts); a new entry shows "New entry: titled when saved"
 * until then. Quotes, corrections and aliases are titled by their own required text.
 */
export function registerLabels(app: { registerHook(name: string, fn: (...args: any[]) => unknown): void }) {
  app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', labelVocabularyColumns);
  app.registerHook('Admin/CM/pages/ListView/inject-in-filters', chooseVocabularyFilters);
}
