// Copies, written in SQL, of briefings the seeder wrote through the document service: what takes the
// benchmark's archive from a few hundred briefings to tens of thousands in minutes. Each copy gets
// its own documentId, its own rows (draft and published, as the template has them), its own
// components and their links, its own host article, and the differences `vary` gives it. Table and
// column names come from Strapi's metadata, never written here. These writes go round the document
// service on purpose: the demo's first start puts them on the plugin's published shelf, as it would
// a database written by an older version.
const { randomInt } = require('node:crypto');

/** A documentId as Strapi makes them (cuid2: 24 lower-case letters and digits, a letter first). */
let newDocumentId;
try {
  ({ createId: newDocumentId } = require('@paralleldrive/cuid2')); // what Strapi itself uses
} catch {
  const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
  newDocumentId = () => Array.from({ length: 24 }, (_, i) => ALPHABET[randomInt(i === 0 ? 26 : 36)]).join('');
}

// The briefing fields a copy changes beyond its own columns.
const INCIDENT = 'incident';
const INCIDENT_PLACE = 'place';
const QUOTES = 'quotes';
const PLACES = 'places';
const HOST_ARTICLE = 'sourceArticle';

/**
 * Where Strapi keeps a content type or component: its table, a column per attribute, and the
 * components and relations stored in tables of their own (join tables), from its schema and metadata.
 */
function layoutOf(strapi, uid) {
  const meta = strapi.db.metadata.get(uid);
  const { attributes } = strapi.getModel(uid);
  const joined = (type) =>
    Object.keys(attributes)
      .filter((name) => attributes[name].type === type && meta.attributes[name]?.joinTable && !attributes[name].mappedBy)
      .map((name) => ({ name, target: attributes[name].component ?? attributes[name].target, joinTable: meta.attributes[name].joinTable }));
  return {
    uid,
    table: meta.tableName,
    column: (name) => meta.attributes[name].columnName ?? name,
    components: joined('component'),
    relations: joined('relation'),
  };
}

/** These attribute values under their column names. */
const columnsOf = (layout, values) => Object.fromEntries(Object.entries(values).map(([name, value]) => [layout.column(name), value]));
const withoutId = ({ id, ...row }) => row;
const groupBy = (rows, column) => {
  const groups = new Map();
  for (const row of rows) {
    if (!groups.has(row[column])) groups.set(row[column], []);
    groups.get(row[column]).push(row);
  }
  return groups;
};

/** The rows of `table` whose `column` is one of `values`, 500 values a query (SQLite's bound-variable limit). */
async function rowsWhereIn(db, table, column, values, where = {}) {
  const rows = [];
  for (let i = 0; i < values.length; i += 500) rows.push(...(await db(table).where(where).whereIn(column, values.slice(i, i + 500))));
  return rows;
}

/**
 * Everything a briefing document is made of, read back as Strapi wrote it: per row (draft,
 * published) the row itself, each component's row with its link to the briefing and its own
 * relation links, the briefing's relation links; and its host article's row.
 */
async function readTemplates(db, layouts, documentIds) {
  const { briefing, article, components } = layouts;
  const rows = await rowsWhereIn(db, briefing.table, briefing.column('documentId'), documentIds);
  const ids = rows.map((row) => row.id);
  const versions = new Map(rows.map((row) => [row.id, { row, components: [], relations: new Map() }]));

  for (const attribute of briefing.components) {
    const { joinTable } = attribute;
    const layout = components.get(attribute.target);
    if (layout.components.length) throw new Error(`${attribute.target} holds components of its own; the copier copies one level`);
    const links = await rowsWhereIn(db, joinTable.name, joinTable.joinColumn.name, ids, joinTable.on ?? {});
    const cmpIds = links.map((link) => link[joinTable.inverseJoinColumn.name]);
    const cmpRows = new Map((await rowsWhereIn(db, layout.table, 'id', cmpIds)).map((row) => [row.id, row]));
    const relationLinks = [];
    for (const relation of layout.relations) {
      relationLinks.push([relation, groupBy(await rowsWhereIn(db, relation.joinTable.name, relation.joinTable.joinColumn.name, cmpIds), relation.joinTable.joinColumn.name)]);
    }
    for (const link of links) {
      const cmpId = link[joinTable.inverseJoinColumn.name];
      versions.get(link[joinTable.joinColumn.name]).components.push({
        attribute,
        layout,
        link,
        row: cmpRows.get(cmpId),
        relations: relationLinks.map(([relation, byComponent]) => [relation, byComponent.get(cmpId) ?? []]),
      });
    }
  }
  for (const relation of briefing.relations) {
    const links = groupBy(await rowsWhereIn(db, relation.joinTable.name, relation.joinTable.joinColumn.name, ids), relation.joinTable.joinColumn.name);
    for (const [id, version] of versions) version.relations.set(relation.name, links.get(id) ?? []);
  }

  const hostArticle = briefing.relations.find((relation) => relation.name === HOST_ARTICLE).joinTable;
  const articleIds = [...versions.values()].flatMap((version) => version.relations.get(HOST_ARTICLE).map((link) => link[hostArticle.inverseJoinColumn.name]));
  const articles = new Map((await rowsWhereIn(db, article.table, 'id', [...new Set(articleIds)])).map((row) => [row.id, row]));

  const templates = new Map();
  for (const version of versions.values()) {
    const documentId = version.row[briefing.column('documentId')];
    if (!templates.has(documentId)) templates.set(documentId, { versions: [], article: null });
    const template = templates.get(documentId);
    template.versions.push(version);
    const [link] = version.relations.get(HOST_ARTICLE);
    if (link) template.article = articles.get(link[hostArticle.inverseJoinColumn.name]);
  }
  return templates;
}

/**
 * New rows, table by table in the order they were first added (parents before what links them),
 * with ids taken past each table's highest so links can name them before they are written.
 */
class NewRows {
  constructor() {
    this.tables = new Map();
    this.nextIds = new Map();
  }

  async startIdsAfterHighest(db, tables) {
    for (const table of tables) {
      const [{ highest }] = await db(table).max({ highest: 'id' });
      this.nextIds.set(table, Number(highest ?? 0) + 1);
    }
  }

  nextId(table) {
    const id = this.nextIds.get(table);
    this.nextIds.set(table, id + 1);
    return id;
  }

  add(table, row) {
    if (!this.tables.has(table)) this.tables.set(table, []);
    this.tables.get(table).push(row);
  }

  get count() {
    return [...this.tables.values()].reduce((sum, rows) => sum + rows.length, 0);
  }

  /** Bulk inserts: at most 500 rows a statement (SQLite's compound-select limit) and 30,000 values (its bound-variable limit is 32,766). */
  async write(db) {
    for (const [table, rows] of this.tables) {
      const size = Math.max(1, Math.min(500, Math.floor(30000 / Object.keys(rows[0]).length)));
      for (let i = 0; i < rows.length; i += size) await db(table).insert(rows.slice(i, i + size));
    }
  }
}

/** One copy's rows: its host article, then each version of the briefing with its components and links. */
function addCopy(rows, layouts, template, copy, placeRowIds) {
  const { briefing, article } = layouts;
  const documentId = newDocumentId();
  const articleId = rows.nextId(article.table);
  rows.add(article.table, { ...template.article, id: articleId, ...columnsOf(article, { documentId: newDocumentId(), ...copy.article }) });

  const own = {
    documentId,
    title: copy.title,
    slug: copy.slug,
    summary: copy.summary,
    marking: copy.marking,
    // The listing fields the plugin filters and sorts on, in step with the incident as the plugin keeps them.
    eventType: copy.incident.eventType,
    incidentDate: copy.incident.date ?? null,
    countryCode: copy.country,
  };
  const componentChanges = { [INCIDENT]: copy.incident, [QUOTES]: { saidAt: copy.saidAt } };
  for (const version of template.versions) {
    const id = rows.nextId(briefing.table);
    rows.add(briefing.table, { ...version.row, id, ...columnsOf(briefing, own) });

    for (const component of version.components) {
      const { joinTable } = component.attribute;
      const cmpId = rows.nextId(component.layout.table);
      rows.add(component.layout.table, { ...component.row, id: cmpId, ...columnsOf(component.layout, componentChanges[component.attribute.name] ?? {}) });
      rows.add(joinTable.name, { ...withoutId(component.link), [joinTable.joinColumn.name]: id, [joinTable.inverseJoinColumn.name]: cmpId });
      for (const [relation, links] of component.relations) {
        const { joinColumn, inverseJoinColumn } = relation.joinTable;
        const movedPlace = component.attribute.name === INCIDENT && relation.name === INCIDENT_PLACE ? { [inverseJoinColumn.name]: placeRowIds.get(copy.place) } : {};
        for (const link of links) rows.add(relation.joinTable.name, { ...withoutId(link), [joinColumn.name]: cmpId, ...movedPlace });
      }
    }

    for (const relation of briefing.relations) {
      const { name, joinColumn, inverseJoinColumn, orderColumnName } = relation.joinTable;
      if (relation.name === PLACES) {
        copy.places.forEach((key, k) => rows.add(name, { [joinColumn.name]: id, [inverseJoinColumn.name]: placeRowIds.get(key), [orderColumnName]: k + 1 }));
        continue;
      }
      const target = relation.name === HOST_ARTICLE ? { [inverseJoinColumn.name]: articleId } : {};
      for (const link of version.relations.get(relation.name)) rows.add(name, { ...withoutId(link), [joinColumn.name]: id, ...target });
    }
  }
}

/**
 * Writes `count` copies of the template briefings (`templateIds`: each template story's key to its
 * documentId), each made different by `vary()` (archive.js's varyCopy: it names its template story
 * and the place keys it links, which `placeRowIds` turns into row ids). `perTransaction` copies are
 * written in one transaction; on PostgreSQL each table's id sequence is then moved past the ids
 * written. Returns what `vary` gave, in order, for the expected totals.
 */
async function copyBriefings(strapi, { count, vary, templateIds, placeRowIds, articleUid, briefingUid, perTransaction = 2000, progress = () => {} }) {
  const layouts = { briefing: layoutOf(strapi, briefingUid), article: layoutOf(strapi, articleUid), components: new Map() };
  for (const { target } of layouts.briefing.components) layouts.components.set(target, layoutOf(strapi, target));
  const knex = strapi.db.connection;
  const postgres = strapi.db.dialect.client === 'postgres';
  const templates = await readTemplates(knex, layouts, [...templateIds.values()]);
  const idTables = [layouts.article.table, layouts.briefing.table, ...[...layouts.components.values()].map((layout) => layout.table)];

  const made = [];
  for (let start = 0; start < count; start += perTransaction) {
    const copies = Array.from({ length: Math.min(perTransaction, count - start) }, () => vary());
    const rowCount = await knex.transaction(async (trx) => {
      const rows = new NewRows();
      await rows.startIdsAfterHighest(trx, idTables);
      for (const copy of copies) addCopy(rows, layouts, templates.get(templateIds.get(copy.template.key)), copy, placeRowIds);
      await rows.write(trx);
      if (postgres) {
        for (const table of idTables) await trx.raw(`select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from ??))`, [table, table]);
      }
      return rows.count;
    });
    made.push(...copies);
    progress(made.length, count, rowCount);
  }
  return made;
}

module.exports = { copyBriefings };
