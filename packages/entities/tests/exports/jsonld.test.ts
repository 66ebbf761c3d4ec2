import { serialiseJsonLd, toJsonLd, toJsonLdScript } from '../../src';
import { ANONYMOUS_DESCRIPTOR, goldQuotes, seedBriefing } from './fixture';

const options = { publisher: 'The Example Desk', briefingsUrl: 'https://desk.example.org/briefings/', language: 'en' };
const doc = toJsonLd(seedBriefing(), options) as Record<string, any>;

describe('toJsonLd', () => {
  it('is a ReportageNewsArticle that meets Google article requirements', () => {
    expect(doc).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ReportageNewsArticle',
      '@id': 'https://desk.example.org/briefings/islamic-state-deputy-caliph-killed-in-anbar',
      headline: "Islamic State's deputy caliph killed in air strike in Anbar",
      datePublished: '2025-03-15T09:45:00.000Z',
      dateModified: '2025-03-15T09:30:12.345Z',
      inLanguage: 'en',
      // The outlet that reported it is the author; the newsroom publishes the briefing.
      author: { '@type': 'Organization', name: 'The Example Post' },
      publisher: { '@type': 'Organization', name: 'The Example Desk' },
      isBasedOn: { '@type': 'NewsArticle', url: 'https://news.example.org/2025/03/15/head-of-isis-killed' },
    });
    expect(doc.headline.length).toBeLessThanOrEqual(110);
  });

  it('takes the newsroom as author when the source article names no outlet', () => {
    const noOutlet = toJsonLd(seedBriefing({ sourceArticle: null }), options) as Record<string, any>;
    expect(noOutlet.author).toEqual({ '@type': 'Organization', name: 'The Example Desk' });
  });

  it('is about the event: its type, date and place with coordinates', () => {
    expect(doc.about).toEqual({
      '@type': 'Event',
      name: 'Air/drone strike in Anbar, Iraq',
      startDate: '2025-03-13',
      description: 'Reported as late Thursday, March 13.',
      location: {
        '@type': 'AdministrativeArea',
        name: 'Anbar',
        alternateName: ['Al Anbar', 'Anbar province'],
        geo: { '@type': 'GeoCoordinates', latitude: 33, longitude: 42.5 },
        address: { '@type': 'PostalAddress', addressCountry: 'IQ', addressRegion: 'Anbar' },
        containedInPlace: { '@type': 'Place', name: 'Iraq' },
      },
    });
    expect(doc.keywords).toBe('Explosions/Remote violence, Air/drone strike, Iraq');
  });

  it('gives a month-precise date as a month', () => {
    const briefing = seedBriefing();
    briefing.incident = { ...briefing.incident!, date: '2025-03', datePrecision: 'month' };
    expect((toJsonLd(briefing, options) as Record<string, any>).about.startDate).toBe('2025-03');
  });

  it('mentions the people, organisations and other places', () => {
    const mentioned = doc.mentions.map((m: any) => `${m['@type']}: ${m.name}`);
    expect(mentioned).toEqual([
      'GovernmentOrganization: Iraqi National Intelligence Service',
      'Organization: US-led coalition',
      'Person: Abdallah Maki Mosleh al-Rifai',
      'Organization: Islamic State',
      'Person: Mohammed Shia al-Sudani',
      'Person: Fouad Hussein',
      'Person: Asaad Hassan al-Shibani',
      'Country: Iraq',
    ]);
    expect(doc.mentions[2]).toMatchObject({
      alternateName: ['Abu Khadija', 'al-Rifai'],
      jobTitle: 'deputy caliph of the Islamic State',
      affiliation: { '@type': 'Organization', name: 'Islamic State' },
      nationality: { '@type': 'Country', name: 'Iraq' },
    });
    expect(doc.mentions[3]).toMatchObject({ alternateName: ['ISIS', 'IS'], sameAs: 'https://www.wikidata.org/wiki/Q2429253' });
  });

  it('quotes each speaker as a Quotation', () => {
    expect(doc.hasPart.map((q: any) => q.text)).toEqual(goldQuotes().map((q) => q.text));
    expect(doc.hasPart[0]).toMatchObject({
      '@type': 'Quotation',
      spokenByCharacter: { '@type': 'Person', name: 'Mohammed Shia al-Sudani', jobTitle: 'Prime Minister of Iraq' },
      description: 'statement on X',
      dateCreated: '2025-03-14',
    });
    expect(doc.hasPart[2].spokenByCharacter.name).toBe('Asaad Hassan al-Shibani');
  });

  it('cites only named sources in public, and never grades them', () => {
    expect(doc.citation).toEqual([{ '@type': 'CreativeWork', name: 'Prime Minister Mohammed Shia al-Sudani, statement on X' }]);
    const text = JSON.stringify(doc);
    expect(text).not.toContain(ANONYMOUS_DESCRIPTOR);
    expect(text).not.toMatch(/reliab|credib/i);
  });
});

describe('serialiseJsonLd and toJsonLdScript', () => {
  const hostile = seedBriefing({
    title: 'Strike </script><script>alert(1)</script><!-- & more',
    summary: 'Line\u2028separator and \u2029paragraph separator',
  });

  it('keeps a hostile title inert inside the script element', () => {
    const script = toJsonLdScript(hostile, options);
    expect(script.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(script.endsWith('</script>')).toBe(true);
    const inside = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inside).not.toMatch(/[<>&\u2028\u2029]/);
    expect(inside).toContain('\\u003c/script\\u003e\\u003c!--');
    expect(script.match(/<\/script/gi)).toHaveLength(1);
  });

  it('is still JSON that reads back to the same document', () => {
    const text = serialiseJsonLd(toJsonLd(hostile, options));
    expect(JSON.parse(text)).toEqual(toJsonLd(hostile, options));
    expect((JSON.parse(text) as { headline: string }).headline).toBe('Strike </script><script>alert(1)</script><!-- & more');
  });
});
