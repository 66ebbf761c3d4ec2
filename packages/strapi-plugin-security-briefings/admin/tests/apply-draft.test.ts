/**
 * The apply workflow without the panel: which actors and places it creates (and in what order),
 * which it links, what it returns for the form, and how a refused request ends it.
 */
import { FetchError } from '@strapi/strapi/admin';
import type { CreateDraft } from '../../shared/contracts/draft';
import { applyDraft, type RecordCreator } from '../src/edit-view/use-apply-draft';
import type { LinkTarget } from '../src/edit-view/apply-draft';
import { errorMessage } from '../src/utils/errors';
import { draft } from './draft-fixture';

/** The draft with a second place, Ramadi, that does not exist yet. */
const withRamadi: CreateDraft.Draft = {
  ...draft,
  places: [
    ...draft.places,
    {
      key: 'place-2',
      name: 'Ramadi',
      kind: 'city',
      countryCode: 'IQ',
      admin1: 'Anbar',
      latitude: 33.42,
      longitude: 43.3,
      aliases: [],
      mentions: [{ start: 5, end: 11 }],
      start: 5,
      end: 11,
      sentence: { text: 'near Ramadi.', start: 0, end: 12 },
      match: { status: 'new' },
    },
  ],
};
const everything = new Set(['incident', 'actor-1', 'actor-2', 'actor-3', 'place-1', 'place-2', 'quote-1', 'source-1', 'source-2']);
const blank = { title: '', incident: null, actorRoles: [], places: { connect: [], disconnect: [] }, quotes: [], sources: [] };

/** Creates records as the Content Manager would, each on a later tick, and notes what it was asked and when. */
function newsroom() {
  const calls: string[] = [];
  let running = 0;
  let overlapped = false;
  let nextId = 100;
  const create = (kind: string) => async (suggestion: { name: string } | { actor: { name: string } }): Promise<LinkTarget> => {
    const name = 'actor' in suggestion ? suggestion.actor.name : suggestion.name;
    calls.push(`${kind}: ${name}`);
    running += 1;
    if (running > 1) overlapped = true;
    await new Promise((resolve) => setTimeout(resolve, 1));
    running -= 1;
    nextId += 1;
    return { id: nextId, documentId: `${kind}-${nextId}`, name };
  };
  const creator: RecordCreator = { createActor: jest.fn(create('actor')), createPlace: jest.fn(create('place')) };
  return { creator, calls, overlapped: () => overlapped };
}

const refusal = (message: string) =>
  new FetchError(message, { data: { data: null, error: { status: 400, name: 'ValidationError', message, details: {} } } });

describe('applying a draft', () => {
  it('creates the new actors and places one at a time, actors first, in the article’s order', async () => {
    const { creator, calls, overlapped } = newsroom();
    const applied = await applyDraft(withRamadi, { selected: everything, replace: false }, { values: blank }, creator);

    expect(calls).toEqual(['actor: Fouad Hussein', 'actor: Islamic State', 'place: Ramadi']);
    expect(overlapped()).toBe(false);
    expect(applied.created).toBe(3);
    expect(creator.createActor).toHaveBeenCalledWith(withRamadi.actorRoles[1]);
    expect(creator.createPlace).toHaveBeenCalledWith(withRamadi.places[1]);
  });

  it('links the existing records and the new ones in the changes for the form', async () => {
    const { creator } = newsroom();
    const { changes } = await applyDraft(withRamadi, { selected: everything, replace: false }, { values: blank }, creator);
    const change = (path: string) => changes.find((c) => c.path === path)?.value as any;

    expect(changes.map((c) => c.path)).toEqual(['incident', 'actorRoles', 'places', 'quotes', 'sources']);
    // The incident's place exists (Anbar); Ramadi, just created, is among the other places.
    expect(change('incident').place.connect).toEqual([expect.objectContaining({ id: 7, documentId: 'anbar' })]);
    expect(change('places').connect).toEqual([expect.objectContaining({ id: 103, documentId: 'place-103', name: 'Ramadi' })]);
    expect(change('actorRoles').map((row: any) => row.actor.connect[0].documentId)).toEqual(['sudani', 'actor-101', 'actor-102']);
    // Each with the role the text gives it, "mentioned" where it gives none.
    expect(change('actorRoles').map((row: any) => row.role)).toEqual(['announcer', 'mentioned', 'target']);
    expect(change('quotes')[0].speaker.connect).toEqual([expect.objectContaining({ documentId: 'actor-101', name: 'Fouad Hussein' })]);
  });

  it('creates only what is chosen, and the incident’s place with the incident even when the place is not ticked', async () => {
    const { creator, calls } = newsroom();
    const atRamadi = { ...withRamadi, incident: { ...withRamadi.incident, place: { key: 'place-2', name: 'Ramadi' } } };
    const applied = await applyDraft(atRamadi, { selected: new Set(['incident']), replace: false }, { values: blank }, creator);

    expect(calls).toEqual(['place: Ramadi']);
    expect(applied.created).toBe(1);
    expect(applied.changes.map((c) => c.path)).toEqual(['incident']);
    expect((applied.changes[0]!.value as any).place.connect).toEqual([expect.objectContaining({ documentId: 'place-101' })]);
  });

  it('creates nothing when every chosen actor and place exists', async () => {
    const { creator } = newsroom();
    const applied = await applyDraft(draft, { selected: new Set(['incident', 'actor-1', 'place-1']), replace: false }, { values: blank }, creator);
    expect(creator.createActor).not.toHaveBeenCalled();
    expect(creator.createPlace).not.toHaveBeenCalled();
    expect(applied.created).toBe(0);
  });

  it('returns the draft with what it created matched as existing, so applying again creates nothing twice', async () => {
    const { creator } = newsroom();
    const first = await applyDraft(withRamadi, { selected: everything, replace: false }, { values: blank }, creator);
    expect(first.draft.actorRoles.map((a) => a.match)).toEqual([
      withRamadi.actorRoles[0]!.match,
      { status: 'existing', id: 101, documentId: 'actor-101', name: 'Fouad Hussein' },
      { status: 'existing', id: 102, documentId: 'actor-102', name: 'Islamic State' },
    ]);
    expect(first.draft.places[1]!.match).toEqual({ status: 'existing', id: 103, documentId: 'place-103', name: 'Ramadi' });

    const again = await applyDraft(first.draft, { selected: everything, replace: false }, { values: blank }, creator);
    expect(again.created).toBe(0);
    expect(creator.createActor).toHaveBeenCalledTimes(2);
    expect(creator.createPlace).toHaveBeenCalledTimes(1);
  });

  it('leaves a suggestion not chosen as it was, new', async () => {
    const { creator } = newsroom();
    const applied = await applyDraft(withRamadi, { selected: new Set(['actor-2']), replace: false }, { values: blank }, creator);
    expect(applied.draft.actorRoles[2]!.match).toEqual({ status: 'new' });
    expect(applied.draft.places[1]!.match).toEqual({ status: 'new' });
  });

  it('adds the chosen sources as the source component takes them, each once', async () => {
    const { creator } = newsroom();
    const already = { __temp_key__: 'a0', kind: 'official', name: 'Foreign Minister Fouad Hussein', url: null, anonymous: false, descriptor: null };
    const { changes } = await applyDraft(draft, { selected: new Set(['source-1', 'source-2']), replace: false }, { values: { ...blank, sources: [already] } }, creator);
    const sources = changes.find((c) => c.path === 'sources')?.value as any[];
    expect(sources).toHaveLength(2);
    expect(sources[0]).toBe(already);
    expect(sources[1]).toMatchObject({ kind: 'official', name: null, anonymous: true, descriptor: 'security officials', reliability: null, credibility: null });
    expect(sources[1].__temp_key__ > 'a0').toBe(true);
  });

  it('knows a source already listed under another spelling, by the rule verification and merges use', async () => {
    const { creator } = newsroom();
    // The editor typed these: the minister with "the" and other capitals, the anonymous one as a name-less descriptor.
    const minister = { __temp_key__: 'a0', kind: 'official', name: 'the foreign minister Fouad HUSSEIN', url: null, anonymous: false, descriptor: null };
    const officials = { __temp_key__: 'a1', kind: 'official', name: null, url: null, anonymous: true, descriptor: 'Security officials' };
    const { changes } = await applyDraft(draft, { selected: new Set(['source-1', 'source-2']), replace: false }, { values: { ...blank, sources: [minister, officials] } }, creator);
    expect(changes.find((c) => c.path === 'sources')).toBeUndefined();
  });

  it('stops at the first refused request, with the server’s message, and asks for nothing after it', async () => {
    const { creator, calls } = newsroom();
    (creator.createActor as jest.Mock).mockImplementationOnce(async () => {
      throw refusal('name: Give the actor’s name.');
    });

    const failure = await applyDraft(withRamadi, { selected: everything, replace: false }, { values: blank }, creator).then(
      () => null,
      (error: unknown) => error,
    );

    expect(errorMessage(failure)).toBe('name: Give the actor’s name.');
    expect(calls).toEqual([]);
    expect(creator.createActor).toHaveBeenCalledTimes(1);
    expect(creator.createPlace).not.toHaveBeenCalled();
  });
});
