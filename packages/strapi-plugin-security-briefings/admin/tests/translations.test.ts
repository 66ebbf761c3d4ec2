/**
 * Every translation id the admin code asks for is in the English and the French files. The ids are
 * read from the source: the keys given to getTranslation, and those given to a feature's `t(key, …)`
 * shortcut; a key with a ${variable} in it must match at least one string, and the vocabularies it
 * runs over are checked one by one below.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATE_PRECISIONS, EVENT_TYPES, EXPORT_FORMATS, SUB_EVENT_TYPES, briefingChecklist } from '@security-briefings/entities';
import { BRIEFING_STATUSES } from '../../shared/contracts/overview';
import { CUSTOM_FIELD_NAMES, PLUGIN_ID } from '../../shared/identity';
import { translations } from '../src/translations';
import { getTranslation } from '../src/utils/translations';

const SOURCE = path.join(__dirname, '..', 'src');
const en = translations.en!;
const fr = translations.fr!;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}
const files = sourceFiles(SOURCE).map((file) => ({ name: path.relative(SOURCE, file), text: fs.readFileSync(file, 'utf8') }));

/** The keys a file asks for; a template's ${…} parts become `*`. */
function keysIn(text: string): string[] {
  const template = (raw: string) => raw.replace(/\$\{[^}]*\}/g, '*');
  const keys = [...text.matchAll(/getTranslation\((?:'([^']+)'|`([^`]+)`)\)/g)].map((m) => m[1] ?? template(m[2]!)).filter((key) => key !== '*');
  // A `t` shortcut prefixes its keys with whatever its definition puts before ${key}.
  const scope = /id: (?:getTranslation\(`([^`$]*)\$\{key\}`\)|getTranslation\(key\)|`\$\{PLUGIN_ID\}\.([^`$]*)\$\{key\}`)/.exec(text);
  if (scope && /const t = /.test(text)) {
    const prefix = scope[1] ?? scope[2] ?? '';
    keys.push(...[...text.matchAll(/(?<![\w.])t\('([^']+)'/g)].map((m) => prefix + m[1]));
  }
  return keys;
}
const matches = (pattern: string, messages: Record<string, string>) => {
  if (!pattern.includes('*')) return pattern in messages;
  const re = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, '\\$&')).join('[^.]+(?:\\.[^.]+)*?')}$`);
  return Object.keys(messages).some((key) => re.test(key));
};

describe('translation ids', () => {
  it('are built by getTranslation: the plugin id, a dot, the key of the translation files', () => {
    expect(getTranslation('overview.title')).toBe(`${PLUGIN_ID}.overview.title`);
    expect(getTranslation('overview.title')).toBe('security-briefings.overview.title');
  });

  it('are found in the source', () => {
    // A sanity check of the reading below: each feature asks for its strings.
    const all = files.flatMap((file) => keysIn(file.text));
    for (const feature of ['custom-fields.', 'edit-view.', 'overview.', 'exports.']) expect(all.some((key) => key.startsWith(feature))).toBe(true);
    expect(all).toEqual(expect.arrayContaining(['overview.table.empty', 'overview.map.failed', 'edit-view.draft.apply', 'exports.failed', 'custom-fields.clear']));
  });

  it.each(['en', 'fr'])('used in the code are all in the %s files', (locale) => {
    const messages = translations[locale]!;
    const missing = files.flatMap((file) => keysIn(file.text).filter((key) => !matches(key, messages)).map((key) => `${file.name}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('are the same in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('cover every value of the vocabularies the code builds them from', () => {
    const wanted = [
      ...EVENT_TYPES.map((term) => `overview.eventType.${term.value}`),
      ...SUB_EVENT_TYPES.map((term) => `overview.subEventType.${term.value}`),
      ...BRIEFING_STATUSES.map((status) => `overview.status.${status}`),
      ...DATE_PRECISIONS.terms.map((term) => `overview.precision.${term.value}`),
      ...Object.values(EXPORT_FORMATS).map((format) => `exports.format.${format.value}`),
      ...briefingChecklist({}).flatMap((item) => [`edit-view.checklist.${item.key}`, `edit-view.checklist.${item.key}.done`]),
      ...CUSTOM_FIELD_NAMES.flatMap((name) => [`custom-fields.${name}.label`, `custom-fields.${name}.description`]),
    ];
    for (const messages of [en, fr]) expect(wanted.filter((key) => !(key in messages))).toEqual([]);
  });

  it('are built nowhere else', () => {
    // IncidentMap.tsx still writes its ids by hand (it is being edited elsewhere); the test above reads them too.
    const byHand = files.filter((file) => file.name !== path.join('utils', 'translations.ts') && file.name !== path.join('overview', 'IncidentMap.tsx') && /`\$\{PLUGIN_ID\}\./.test(file.text));
    expect(byHand.map((file) => file.name)).toEqual([]);
  });
});
