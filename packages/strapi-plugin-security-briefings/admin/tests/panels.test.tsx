import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, useForm } from '@strapi/strapi/admin';
import { BriefingChecklist } from '../src/edit-view/ChecklistPanel';
import { DraftFromArticle, LARGE_TEXT } from '../src/edit-view/DraftPanel';
import { draft } from './draft-fixture';
import { renderInAdmin } from './render';

/**
 * The one thing mocked: the admin's fetch client (no server here). Everything else is the real
 * admin form, design system and translations.
 */
const post = jest.fn();
const get = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ post, get }),
}));

/** Shows the form's values, and sets one, as the Content Manager's inputs would. */
function FormProbe({ set }: { set?: Record<string, unknown> }) {
  const values = useForm('FormProbe', (state) => state.values);
  const onChange = useForm('FormProbe', (state) => state.onChange);
  return (
    <>
      <pre data-testid="values">{JSON.stringify(values)}</pre>
      {Object.entries(set ?? {}).map(([path, value]) => (
        <button key={path} type="button" onClick={() => onChange(path, value)}>
          set {path}
        </button>
      ))}
    </>
  );
}
const formValues = () => JSON.parse(screen.getByTestId('values').textContent!);

function inForm(ui: React.ReactElement, initialValues: Record<string, unknown>, set?: Record<string, unknown>) {
  return renderInAdmin(
    <Form method="PUT" initialValues={initialValues}>
      {ui}
      <FormProbe set={set} />
    </Form>,
  );
}

describe('publish checklist panel', () => {
  const empty = { title: 'Clash', marking: null, incident: null, quotes: [], sources: [] };

  it('lists what is missing and updates as the editor fills the form', async () => {
    inForm(<BriefingChecklist />, empty, { marking: 'amber', sources: [{ kind: 'official', name: 'Ministry' }] });
    expect(screen.getByText('4 things to do before publishing.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Choose a TLP marking.' })).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'set marking' }));
    await user.click(screen.getByRole('button', { name: 'set sources' }));
    expect(screen.getByText('2 things to do before publishing.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Choose a TLP marking.' })).toBeNull();
    expect(screen.getByText('TLP marking chosen.')).toBeTruthy();
  });

  it('takes the editor to the field of an item', async () => {
    const onFocusField = jest.fn();
    inForm(<BriefingChecklist onFocusField={onFocusField} />, { ...empty, quotes: [{ text: 'a', speaker: { connect: [], disconnect: [] } }] });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Attribute every quote to its speaker.' }));
    expect(onFocusField).toHaveBeenCalledWith(['quotes', 0, 'speaker']);
  });

  it('counts links saved earlier, which the form holds only as changes', () => {
    const unchanged = { connect: [], disconnect: [] };
    inForm(
      <BriefingChecklist saved={{ incident: { place: { count: 1 } }, quotes: [{ id: 4, speaker: { count: 1 } }] }} />,
      { ...empty, marking: 'clear', incident: { date: '2025-03-13', datePrecision: 'day', place: unchanged }, quotes: [{ id: 4, text: 'a', speaker: unchanged }], sources: [{ kind: 'media', name: 'AFP' }] },
    );
    expect(screen.getByText('Ready to publish: everything the checklist asks for is there.')).toBeTruthy();
  });

  it('speaks French', () => {
    renderInAdmin(
      <Form method="PUT" initialValues={empty}>
        <BriefingChecklist />
      </Form>,
      { locale: 'fr' },
    );
    expect(screen.getByText('Choisissez un marquage TLP.')).toBeTruthy();
  });
});

describe('draft from an article panel', () => {
  beforeEach(() => {
    post.mockReset();
    get.mockReset();
  });
  const blank = { title: 'My own headline', incident: null, actorRoles: [], places: { connect: [], disconnect: [] }, quotes: [] };

  it('shows the suggestions grouped, each with its sentence and whether it exists', async () => {
    post.mockResolvedValueOnce({ data: { data: draft } });
    inForm(<DraftFromArticle model="plugin::security-briefings.briefing" />, blank);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Article text'), 'Some article');
    await user.click(screen.getByRole('button', { name: 'Suggest from this text' }));

    expect(post).toHaveBeenCalledWith('/security-briefings/draft', { text: 'Some article', publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const groups = await screen.findAllByRole('region');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Incident', 'People and organisations', 'Places', 'Quotes', 'Sources', 'Dates']);
    // Hussein's sentence, under his actor suggestion and his source suggestion.
    expect(screen.getAllByText('Foreign Minister Fouad Hussein said so.')).toHaveLength(2);
    expect(screen.getByText('Existing: Mohammed Shia al-Sudani')).toBeTruthy();
    expect(screen.getAllByText('New')).toHaveLength(2);
    // The role the text gives an actor, and the sources: named, and anonymous with their descriptor.
    expect(screen.getByRole('checkbox', { name: 'Mohammed Shia al-Sudani · Announcer' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Foreign Minister Fouad Hussein (Official)' })).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Anonymous: security officials (Official)' }) as HTMLButtonElement).getAttribute('aria-checked')).toBe('true');
    expect((screen.getByRole('checkbox', { name: /on Friday/ }) as HTMLButtonElement).getAttribute('aria-checked')).toBe('false');
  });

  it('creates the new records it needs, links existing ones and fills only what is empty', async () => {
    post.mockImplementation(async (url: string, body: any) => {
      if (url === '/security-briefings/draft') return { data: { data: draft } };
      if (url.endsWith('plugin::security-briefings.actor')) return { data: { data: { id: 21, documentId: 'hussein', name: body.name } } };
      throw new Error(`unexpected ${url}`);
    });
    inForm(<DraftFromArticle model="plugin::security-briefings.briefing" />, { ...blank, incident: { date: '2025-03-12', datePrecision: 'day', place: { connect: [], disconnect: [] } } });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Article text'), 'Some article');
    await user.click(screen.getByRole('button', { name: 'Suggest from this text' }));
    await user.click(await screen.findByRole('checkbox', { name: /^Islamic State/ }));
    await user.click(screen.getByRole('button', { name: 'Fill the form with the chosen suggestions' }));

    await screen.findByText(/Nothing is saved until you do/);
    // Only the new actor still chosen was created; the existing place and actor were linked.
    expect(post.mock.calls.map(([url]) => url)).toEqual(['/security-briefings/draft', '/content-manager/collection-types/plugin::security-briefings.actor']);
    expect(post.mock.calls[1]![1]).toMatchObject({ name: 'Fouad Hussein', kind: 'person' });

    const values = formValues();
    expect(values.title).toBe('My own headline');
    expect(values.incident).toMatchObject({ date: '2025-03-12', eventType: 'explosions-remote-violence', dateAsWritten: 'late Thursday, March 13' });
    expect(values.incident.place.connect).toEqual([expect.objectContaining({ documentId: 'anbar', id: 7 })]);
    expect(values.actorRoles.map((r: any) => r.actor.connect[0].documentId)).toEqual(['sudani', 'hussein']);
    // Actors arrive with the role the text gives them, else as mentioned, so the form saves; the editor gives the others theirs.
    expect(values.actorRoles.map((r: any) => r.role)).toEqual(['announcer', 'mentioned']);
    expect(values.quotes).toEqual([expect.objectContaining({ text: 'We share common challenges,', speaker: { connect: [expect.objectContaining({ documentId: 'hussein' })], disconnect: [] } })]);
  });

  it('says why applying failed, in the server’s words, and leaves the form as it was', async () => {
    post.mockImplementation(async (url: string) => {
      if (url === '/security-briefings/draft') return { data: { data: draft } };
      throw { response: { data: { data: null, error: { status: 400, name: 'ValidationError', message: 'name: Give the actor’s name.' } } } };
    });
    inForm(<DraftFromArticle model="plugin::security-briefings.briefing" />, blank);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Article text'), 'Some article');
    await user.click(screen.getByRole('button', { name: 'Suggest from this text' }));
    await user.click(await screen.findByRole('button', { name: 'Fill the form with the chosen suggestions' }));

    expect(await screen.findByText('name: Give the actor’s name. Nothing you typed was lost.')).toBeTruthy();
    expect(formValues()).toEqual(blank);
  });

  it('replaces what the editor filled only when asked', async () => {
    post.mockResolvedValue({ data: { data: { ...draft, actorRoles: [], quotes: [], sources: [] } } });
    inForm(<DraftFromArticle model="plugin::security-briefings.briefing" />, { ...blank, incident: { date: '2025-03-12', datePrecision: 'week', place: { connect: [], disconnect: [] } } });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Article text'), 'Some article');
    await user.click(screen.getByRole('button', { name: 'Suggest from this text' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Replace what is already filled in' }));
    await user.click(screen.getByRole('button', { name: 'Fill the form with the chosen suggestions' }));
    await screen.findByText('Form filled');
    expect(formValues().incident).toMatchObject({ date: '2025-03-13', datePrecision: 'day' });
  });

  it('says how much it is reading for a long text, and on failure keeps what was typed', async () => {
    let fail: (reason: unknown) => void = () => {};
    post.mockReturnValueOnce(new Promise((_resolve, reject) => (fail = reject)));
    inForm(<DraftFromArticle model="plugin::security-briefings.briefing" />, blank);
    const long = Array.from({ length: LARGE_TEXT }, (_, i) => `word${i}`).join(' ');
    fireEvent.change(screen.getByLabelText('Article text'), { target: { value: long } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Suggest from this text' }));

    expect(screen.getByText(`Reading ${LARGE_TEXT.toLocaleString('en')} words; this can take a few seconds…`)).toBeTruthy();
    await act(async () => fail({ response: { data: { error: { message: 'publishedAt: Give the publication date as YYYY-MM-DD.' } } } }));

    await waitFor(() => expect(screen.getByText('publishedAt: Give the publication date as YYYY-MM-DD. Nothing you typed was lost.')).toBeTruthy());
    expect((screen.getByLabelText('Article text') as HTMLTextAreaElement).value).toBe(long);
    expect(formValues().title).toBe('My own headline');
  });

  it('reads the linked source article of a saved briefing', async () => {
    get.mockResolvedValueOnce({ data: { results: [{ documentId: 'article-1', title: 'Head of ISIS killed' }] } });
    // The panel also asks for briefings of the same incident (CandidatesPanel): none here.
    post.mockImplementation(async (url: string) =>
      url === '/security-briefings/candidates' ? { data: { data: [] } } : { data: { data: { ...draft, article: { id: 1, documentId: 'article-1', title: 'Head of ISIS killed', publishedDate: '2025-03-15' } } } },
    );
    inForm(<DraftFromArticle model="plugin::security-briefings.briefing" documentId="briefing-1" articleModel="api::article.article" />, { ...blank, sourceArticle: { connect: [], disconnect: [] } });
    expect(await screen.findByText('Source article: Head of ISIS killed')).toBeTruthy();
    expect(get).toHaveBeenCalledWith('/content-manager/relations/plugin::security-briefings.briefing/briefing-1/sourceArticle');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Read the source article' }));
    expect(post).toHaveBeenCalledWith('/security-briefings/draft', { articleDocumentId: 'article-1' });
    expect(await screen.findByText('Existing: Anbar')).toBeTruthy();
  });
});
