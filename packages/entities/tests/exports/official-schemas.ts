import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { sharedFolder } from './fixture';

/**
 * The official OASIS STIX 2.1 and IPTC ninjs schemas from shared/schemas, loaded as their README
 * says: every file under its own $id in ajv's 2020-12 build, `unicodeRegExp: false` for the `\-`
 * in STIX patterns, with ajv-formats.
 */
const schemasFolder = path.join(sharedFolder, 'schemas');
const STIX_BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function makeAjv() {
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  // Only the domain-name observable uses it, and we export no observables.
  ajv.addFormat('idn-hostname', true);
  return ajv;
}

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');

let stix: { ajv: Ajv2020; types: Map<string, string> } | undefined;

function loadStix() {
  if (stix) return stix;
  const ajv = makeAjv();
  const types = new Map<string, string>();
  const root = path.join(schemasFolder, 'stix2.1', 'schemas');
  for (const folder of readdirSync(root)) {
    for (const file of readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.json'))) {
      const schema = readJson(path.join(root, folder, file));
      ajv.addSchema(schema);
      types.set(path.basename(file, '.json'), schema.$id);
    }
  }
  stix = { ajv, types };
  return stix;
}

/** Problems of a STIX bundle: its own fields, then each object against the schema of its type. */
export function stixProblems(bundle: { objects?: { type: string; id: string }[] } & Record<string, unknown>): string[] {
  const { ajv, types } = loadStix();
  const problems: string[] = [];
  const { objects, ...own } = bundle;
  const bundleSchema = ajv.getSchema(`${STIX_BASE}/common/bundle.json`)!;
  if (!bundleSchema(own)) problems.push(`bundle: ${describe(bundleSchema.errors)}`);
  if (objects !== undefined && objects.length === 0) problems.push('bundle: objects is present but empty');
  for (const object of objects ?? []) {
    const id = types.get(object.type);
    if (!id) {
      problems.push(`${object.id}: no official schema for type ${object.type}`);
      continue;
    }
    const validate = ajv.getSchema(id)!;
    if (!validate(object)) problems.push(`${object.id}: ${describe(validate.errors)}`);
  }
  return problems;
}

let ninjs: ReturnType<Ajv2020['compile']> | undefined;

export function ninjsProblems(item: unknown): string[] {
  if (!ninjs) {
    const ajv = makeAjv();
    ajv.addSchema(readJson(path.join(schemasFolder, 'ninjs', 'GeoJSON.json')), 'https://geojson.org/schema/GeoJSON.json');
    ninjs = ajv.compile(readJson(path.join(schemasFolder, 'ninjs', 'ninjs-schema_2.2.json')));
  }
  return ninjs(item) ? [] : [describe(ninjs.errors)];
}

let geojson: ReturnType<Ajv2020['compile']> | undefined;

/** GeoJSON checked against the GeoJSON schema shipped beside ninjs. */
export function geoJsonProblems(value: unknown): string[] {
  if (!geojson) geojson = makeAjv().compile(readJson(path.join(schemasFolder, 'ninjs', 'GeoJSON.json')));
  return geojson(value) ? [] : [describe(geojson.errors)];
}
