import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { appFiles, installApp, packPackages, startApp, stopApp, writeApp, type Packed, type RunningApp } from './packed-app';

const { throwawaySecrets } = require('../secrets');

const ADMIN = { email: 'packed@example.com', password: 'PackedNewsroom1' };
const HEADLINE = 'Gunmen attack police post in Kidal';
// The post's body as Strapi's blocks editor stores it.
const STORY = [
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Gunmen killed four police officers at a checkpoint in ' },
      { type: 'link', url: 'https://maps.example/kidal', children: [{ type: 'text', text: 'Kidal', bold: true }] },
      { type: 'text', text: ' on 10 June 2025, the Malian army said.' },
    ],
  },
  { type: 'quote', children: [{ type: 'text', text: '"We will find those responsible," said Colonel Souleymane Dembele, an army spokesman.' }] },
];

/**
 * Issue 9, item 7: the two packages as npm publishes them, installed into a fresh Strapi 5.54 app
 * outside the workspace (its own `post` type: headline, blocks body, drafts), booted without an
 * admin build, and used over HTTP as an editor would.
 */
describe('the packed packages in a fresh Strapi app', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packed-newsroom-'));
  const env = { ...throwawaySecrets(), ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DATABASE_FILENAME: path.join(dir, 'data.db') };
  const seconds: Record<string, number> = {};
  let tarballs: Packed[] = [];
  let app: RunningApp | undefined;

  async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
    const start = Date.now();
    try {
      return await work();
    } finally {
      seconds[step] = Math.round((Date.now() - start) / 100) / 10;
    }
  }

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'tarballs'));
    tarballs = await timed('npm pack', () => packPackages(path.join(dir, 'tarballs')));
    writeApp(dir, appFiles(tarballs));
    await timed('npm install', () => installApp(dir));
    app = await timed('compile and start', () => startApp(dir, env));
  });

  afterAll(async () => {
    await stopApp(app);
    const packed = tarballs.map((t) => `${t.name}: ${t.size} B packed, ${t.unpackedSize} B unpacked, ${t.entryCount} files`);
    console.log(`packed app in ${dir}\n${packed.join('\n')}\nseconds: ${JSON.stringify(seconds)}`);
    if (!process.env.KEEP_PACKED_APP) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('installs the packages from their tarballs, one copy of the entities package', () => {
    const workspace = path.resolve(__dirname, '../../../..');
    for (const name of ['strapi-plugin-security-briefings', '@security-briefings/entities']) {
      const installed = fs.realpathSync(path.join(dir, 'node_modules', name));
      expect(installed.startsWith(fs.realpathSync(dir))).toBe(true);
      expect(installed.startsWith(workspace)).toBe(false);
    }
    expect(fs.existsSync(path.join(dir, 'node_modules/strapi-plugin-security-briefings/node_modules/@security-briefings/entities'))).toBe(false);
  });

  it('drafts a briefing from a published post: its headline, its blocks body, its publication date', async () => {
    const http = request(app!.url);
    const login = await http.post('/admin/login').send(ADMIN).expect(200);
    const auth = { Authorization: `Bearer ${login.body.data.token}` };

    // The editor writes and publishes a post in the Content Manager.
    const created = await http.post('/content-manager/collection-types/api::post.post').set(auth).send({ headline: HEADLINE, story: STORY, slug: 'kidal-police-post' });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    const published = await http.post(`/content-manager/collection-types/api::post.post/${documentId}/actions/publish`).set(auth).send({}).expect(200);
    const publishedDate = String(published.body.data.publishedAt).slice(0, 10);

    const res = await http.post('/security-briefings/draft').set(auth).send({ articleDocumentId: documentId }).expect(200);
    const draft = res.body.data;
    expect(draft.article).toMatchObject({ documentId, title: HEADLINE, publishedDate });
    expect(draft.incident).toMatchObject({ date: '2025-06-10', datePrecision: 'day', sentence: { text: 'Gunmen killed four police officers at a checkpoint in Kidal on 10 June 2025, the Malian army said.' } });
    expect(draft.places.find((p: any) => p.name === 'Kidal')).toMatchObject({ countryCode: 'ML' });
    expect(draft.actorRoles.map((r: any) => r.actor.name)).toContain('Souleymane Dembele');
    expect(draft.quotes.map((q: any) => q.text)).toContain('We will find those responsible,');
  });

  it('does not start when the config names a field the post type lacks, and says which', async () => {
    const wrong = startApp(dir, { ...env, POST_BODY_FIELD: 'storyText', DATABASE_FILENAME: path.join(dir, 'wrong.db') });
    await expect(wrong).rejects.toThrow('articleContentType.fields.body is "storyText", which api::post.post does not have.');
  });
});
