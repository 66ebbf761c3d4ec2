import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The built command, as `npx security-briefings` runs it (turbo builds the package before its tests).
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
const seedArticle = path.join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed-article.txt');
const seedBriefing = path.join(__dirname, 'exports', 'fixtures', 'seed-briefing.json');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('security-briefings extract', () => {
  it('prints the draft of an article as JSON', () => {
    const result = run('extract', seedArticle, '--published-at', '2025-03-15');
    expect(result.status).toBe(0);
    const draft = JSON.parse(result.stdout);
    expect(draft.incident).toMatchObject({ eventType: 'explosions-remote-violence', subEventType: 'air-drone-strike', date: '2025-03-13', countryCode: 'IQ' });
    expect(draft.actorRoles.length).toBeGreaterThan(0);
  });

  it('takes the outlet and address of the article for its first source', () => {
    const result = run('extract', seedArticle, '--published-at', '2025-03-15', '--outlet', 'The Baghdad Post', '--url', 'https://example.com/isis');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).sources[0]).toMatchObject({ kind: 'media', name: 'The Baghdad Post', url: 'https://example.com/isis' });
  });

  it('exits non-zero with a clear message on a missing file or a bad date', () => {
    const missing = run('extract', 'no-such-article.txt', '--published-at', '2025-03-15');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('No such file: no-such-article.txt');
    const badDate = run('extract', seedArticle, '--published-at', '15/03/2025');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--published-at must be a real date');
  });
});

describe('security-briefings export', () => {
  it('writes briefing records as ACLED CSV', () => {
    const result = run('export', seedBriefing, '--format', 'csv');
    expect(result.status).toBe(0);
    const [header, row, ...rest] = result.stdout.trim().split('\n');
    expect(header).toMatch(/^event_date,year,time_precision,/);
    expect(row).toMatch(/^2025-03-13,2025,1,Political violence,Explosions\/Remote violence,Air\/drone strike,/);
    expect(rest).toEqual([]);
  });

  it('refuses an unknown format', () => {
    const result = run('export', seedBriefing, '--format', 'pdf');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--format must be one of stix, jsonld, ninjs, csv, geojson');
  });
});
