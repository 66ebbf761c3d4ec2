// Writes the benchmark's archive (bench/archive.js) in two steps. First its template briefings (a few
// hundred), with every place and actor, through Strapi's document service, so the plugin's document
// middlewares (validation, publish checklist, listing fields, published shelf) judge each one as they
// would an editor's, in transactions of a few hundred. Then the rest of the archive as varied copies
// of those templates written in SQL (copy-briefings.js): through the document service a briefing costs
// about 110 ms on SQLite (Strapi's validation, populates and entry events), so 10,000 took 18 minutes.
const { copyBriefings } = require('./copy-briefings');

const PLACE = 'plugin::security-briefings.place';
const ACTOR = 'plugin::security-briefings.actor';
const BRIEFING = 'plugin::security-briefings.briefing';
const ARTICLE = 'api::article.article';

/** Runs `write` on every item, `size` items to a transaction, one transaction after another. */
async function inBatches(strapi, items, size, write, progress) {
  for (let start = 0; start < items.length; start += size) {
    await strapi.db.transaction(async () => {
      for (const item of items.slice(start, start + size)) await write(item);
    });
    progress(Math.min(start + size, items.length), items.length);
  }
}

/** What the expected totals need of a published briefing: its marking, country and the actors and places it links. */
function published(archive, { marking, country, incident, actorRoles, quotes, places }) {
  return {
    marking,
    country: country ?? archive.places[incident.place].countryCode,
    actors: [...actorRoles.map((r) => r.actor), ...quotes.map((q) => q.speaker)],
    places: [incident.place, ...places],
  };
}

/**
 * Seeds the archive: places, then actors (each after the parent or affiliation it links: the archive
 * lists them in that order), then each template briefing with its source article, then the copies.
 * Returns the time each step took, the templates' documentIds (by key), what each published
 * briefing links (for the expected totals) and how many articles were written.
 *
 * One transaction at a time, also on PostgreSQL: four concurrent ones deadlocked there within the first
 * hundred briefings, inserting into the plugin's published shelf (security_briefings_published_records).
 */
async function seedArchive(strapi, archive, { batch = 250, copiesPerTransaction = 2000, log = () => {} } = {}) {
  const timings = {};
  const timed = async (what, items, write) => {
    const started = Date.now();
    let last = started;
    await inBatches(strapi, items, batch, write, (done, total) => {
      if (Date.now() - last > 10000 || done === total) {
        last = Date.now();
        log(`  ${what}: ${done}/${total} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
    });
    timings[what] = (Date.now() - started) / 1000;
  };

  const placeIds = [];
  await timed('places', archive.places, async ({ key, parent, ...place }) => {
    const created = await strapi.documents(PLACE).create({ data: { ...place, parent: parent === undefined ? undefined : placeIds[parent] } });
    placeIds[key] = created.documentId;
  });
  const actorIds = [];
  await timed('actors', archive.actors, async ({ key, affiliation, ...actor }) => {
    const created = await strapi.documents(ACTOR).create({ data: { ...actor, affiliation: affiliation === undefined ? undefined : actorIds[affiliation] } });
    actorIds[key] = created.documentId;
  });

  // The article first, then its briefing, linked to it, created and published in one call.
  const briefingIds = [];
  const write = (status) => async ({ key, briefing, article }) => {
    const { documentId: sourceArticle } = await strapi.documents(ARTICLE).create({ data: article });
    const data = {
      ...briefing,
      sourceArticle,
      incident: { ...briefing.incident, place: placeIds[briefing.incident.place] },
      actorRoles: briefing.actorRoles.map((role) => ({ ...role, actor: actorIds[role.actor] })),
      places: briefing.places.map((key) => placeIds[key]),
      quotes: briefing.quotes.map((quote) => ({ ...quote, speaker: actorIds[quote.speaker] })),
    };
    const created = await strapi.documents(BRIEFING).create({ data, ...(status === 'published' ? { status } : {}) });
    briefingIds[key] = created.documentId;
  };
  await timed('briefings', archive.stories, write('published'));
  await timed('drafts', archive.drafts, write('draft'));

  // The copies, in SQL: published briefings copied from the published templates, drafts from the drafts.
  const placeRows = await strapi.db.query(PLACE).findMany({ select: ['id', 'documentId'] });
  const placeRowIdOf = new Map(placeRows.map((row) => [row.documentId, row.id]));
  const placeRowIds = new Map(placeIds.map((documentId, key) => [key, placeRowIdOf.get(documentId)]));
  const copy = async (what, from, count) => {
    const started = Date.now();
    const templateIds = new Map(from.map(({ key }) => [key, briefingIds[key]]));
    const made = await copyBriefings(strapi, {
      count,
      vary: () => archive.varyCopy(from),
      templateIds,
      placeRowIds,
      briefingUid: BRIEFING,
      articleUid: ARTICLE,
      perTransaction: copiesPerTransaction,
      progress: (done, total, rows) => log(`  ${what}: ${done}/${total} (${rows} rows in the last transaction, ${((Date.now() - started) / 1000).toFixed(0)} s)`),
    });
    timings[what] = (Date.now() - started) / 1000;
    return made;
  };
  const copies = archive.copies.briefings ? await copy('briefing copies (SQL)', archive.stories, archive.copies.briefings) : [];
  const draftCopies = archive.copies.drafts ? await copy('draft copies (SQL)', archive.drafts, archive.copies.drafts) : [];

  return {
    timings,
    briefingIds,
    published: [
      ...archive.stories.map(({ briefing }) => published(archive, briefing)),
      ...copies.map(({ template, ...copy }) => published(archive, { ...template.briefing, ...copy, incident: { place: copy.place } })),
    ],
    articles: archive.stories.length + archive.drafts.length + copies.length + draftCopies.length,
  };
}

/**
 * What each audience should get back, worked out from what the seeder wrote rather than asked of the
 * plugin: the briefings it may see and the actors and places they link. The demo app also seeds its
 * own article and briefing on first start (`demoSeed`, its seed-briefing module); they count too.
 */
function expectations(archive, seeded, demoSeed) {
  const published = [
    ...seeded.published,
    {
      marking: demoSeed.seedBriefing.marking,
      country: demoSeed.seedPlaces.find((place) => place.name === demoSeed.seedBriefing.incident.place).countryCode,
      actors: [...demoSeed.seedBriefing.actorRoles.map((r) => `seed ${r.actor}`), ...demoSeed.seedBriefing.quotes.map((q) => `seed ${q.speaker}`)],
      places: [demoSeed.seedBriefing.incident.place, ...demoSeed.seedBriefing.places].map((name) => `seed ${name}`),
    },
  ];
  const visible = published.filter((b) => b.marking === 'clear');
  // The most reported country, for the filtered list.
  const counts = new Map();
  for (const { country } of visible) counts.set(country, (counts.get(country) ?? 0) + 1);
  const [country, countryTotal] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return {
    articles: seeded.articles + 1,
    public: {
      briefings: visible.length,
      actors: new Set(visible.flatMap((b) => b.actors)).size,
      places: new Set(visible.flatMap((b) => b.places)).size,
    },
    partner: { briefings: published.filter((b) => ['clear', 'green', 'amber'].includes(b.marking)).length },
    country,
    countryTotal,
    clearBriefing: seeded.briefingIds[archive.stories.findIndex(({ briefing }) => briefing.marking === 'clear')],
  };
}

module.exports = { seedArchive, expectations };
