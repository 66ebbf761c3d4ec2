import { ACTOR, BRIEFING, PLACE, useDemo } from './demo-app';

describe('the demo app seeds the seed article and its briefing', () => {
  const demo = useDemo();

  it('serves the published briefing with every relation populated', async () => {
    const res = await demo.http().get('/api/security-briefings/briefings').expect(200);
    expect(res.body.meta.pagination.total).toBe(1);
    const [briefing] = res.body.data;

    expect(briefing.marking).toBe('clear');
    expect(briefing.publishedAt).toEqual(expect.any(String));
    expect(briefing.incident).toMatchObject({
      eventType: 'explosions-remote-violence',
      subEventType: 'air-drone-strike',
      date: '2025-03-13',
      datePrecision: 'day',
      dateAsWritten: 'late Thursday, March 13',
      fatalitiesMin: 1,
      place: { name: 'Anbar', kind: 'admin1', countryCode: 'IQ', latitude: expect.any(Number), parent: { name: 'Iraq' } },
    });

    const people = briefing.actorRoles.map((r: any) => r.actor).filter((a: any) => a.kind === 'person');
    const uniquePeople = new Map(people.map((p: any) => [p.documentId, p]));
    expect([...uniquePeople.values()].map((p: any) => p.name).sort()).toEqual([
      'Abdallah Maki Mosleh al-Rifai',
      'Asaad Hassan al-Shibani',
      'Bashar al-Assad',
      'Fouad Hussein',
      'Mohammed Shia al-Sudani',
    ]);
    const rifai = people.find((p: any) => p.name === 'Abdallah Maki Mosleh al-Rifai');
    expect(rifai.aliases.map((a: any) => a.value)).toEqual(expect.arrayContaining(['Abu Khadija', 'al-Rifai']));
    expect(rifai.affiliation).toMatchObject({ name: 'Islamic State' });

    const roles = briefing.actorRoles.map((r: any) => `${r.role}:${r.actor.name}`);
    expect(roles).toEqual(
      expect.arrayContaining([
        'perpetrator:Iraqi National Intelligence Service',
        'associated:US-led coalition',
        'target:Abdallah Maki Mosleh al-Rifai',
        'victim:Abdallah Maki Mosleh al-Rifai',
        'announcer:Mohammed Shia al-Sudani',
      ]),
    );

    expect(briefing.quotes.map((q: any) => [q.speaker.name, q.text.slice(0, 20)])).toEqual([
      ['Mohammed Shia al-Sudani', 'The Iraqis continue '],
      ['Fouad Hussein', 'There are common cha'],
      ['Asaad Hassan al-Shibani', 'Throughout history, '],
    ]);
    expect(briefing.places.map((p: any) => p.name)).toEqual(expect.arrayContaining(['Iraq', 'Syria', 'Amman', 'Baghdad', 'Damascus']));
    expect(briefing.sourceArticle).toMatchObject({ title: 'Head of ISIS in Iraq and Syria killed in targeted operation', publishedDate: '2025-03-15' });
    expect(briefing.assessment).toMatchObject({ threatLevel: 'substantial', confidence: 'moderate' });
  });

  it('keeps the anonymous source in, but without its descriptor or grades, for the public', async () => {
    const { body } = await demo.http().get('/api/security-briefings/briefings').expect(200);
    const sources = body.data[0].sources;
    expect(sources).toContainEqual({ kind: 'official', anonymous: true });
    expect(JSON.stringify(body)).not.toContain('security officials');
    expect(sources.every((s: any) => s.reliability === undefined && s.credibility === undefined)).toBe(true);
  });

  it('stores the article without the site chrome and links it to its briefing both ways', async () => {
    const article = await demo.strapi.documents('api::article.article').findFirst({ populate: { securityBriefings: true } } as any);
    expect(article!.body).toContain('The head of the Islamic State (ISIS)');
    expect(article!.body).not.toContain('READ ALSO');
    // A non-draft type links to the briefing's document (Strapi returns its draft row).
    expect((article as any).securityBriefings.map((b: any) => b.title)).toEqual([
      'Islamic State deputy leader Abu Khadija killed in air strike in Anbar',
    ]);
  });

  it('filters by event type, country, actor and date range, and refuses unknown filters', async () => {
    const hit = async (query: string) => (await demo.http().get(`/api/security-briefings/briefings?${query}`).expect(200)).body.meta.pagination.total;
    expect(await hit('eventType=explosions-remote-violence&country=IQ')).toBe(1);
    expect(await hit('eventType=battles')).toBe(0);
    expect(await hit('country=SY')).toBe(0);
    expect(await hit('actor=Fouad%20Hussein')).toBe(1);
    expect(await hit('from=2025-03&to=2025-03')).toBe(1);
    expect(await hit('from=2025-03-14')).toBe(0);
    const bad = await demo.http().get('/api/security-briefings/briefings?country=Iraq&colour=red').expect(400);
    expect(bad.body.error.name).toBe('ValidationError');
    expect(bad.body.error.details.errors.map((e: any) => e.path[0]).sort()).toEqual(['colour', 'country']);
  });

  it('does not seed twice when the app boots again on the same database', async () => {
    await demo.reboot();
    const count = (uid: any, status?: string) => demo.strapi.documents(uid).count(status ? ({ status } as any) : {});
    expect(await count('api::article.article')).toBe(1);
    expect(await count(BRIEFING, 'published')).toBe(1);
    expect(await count(ACTOR)).toBe(10);
    expect(await count(PLACE)).toBe(9);
    expect(await demo.strapi.db.query('admin::user').count()).toBe(1);
  });
});
