import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, useField, useForm } from '@strapi/strapi/admin';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '@security-briefings/entities';
import { AcledEventTypeInput } from '../src/custom-fields/AcledEventTypeInput';
import { AcledSubEventTypeInput } from '../src/custom-fields/AcledSubEventTypeInput';
import type { CustomFieldInputProps } from '../src/custom-fields/types';
import { translations } from '../src/translations';
import { renderInAdmin } from './render';

/** A custom field wired to the form as the Content Manager wires it: its props, then `useField(name)`. */
function FormField({ Input, name, label }: { Input: React.ComponentType<CustomFieldInputProps>; name: string; label: string }) {
  const field = useField(name);
  return <Input name={name} label={label} {...field} onChange={(path, value) => field.onChange(path, value)} />;
}

function FormValues() {
  const values = useForm('FormValues', (state) => state.values);
  return <pre data-testid="values">{JSON.stringify(values)}</pre>;
}
const formValues = () => JSON.parse(screen.getByTestId('values').textContent!);

/** The incident component's two ACLED fields, side by side in one form. */
function incidentForm(incident: Record<string, unknown>, locale = 'en') {
  return renderInAdmin(
    <Form method="PUT" initialValues={{ incident }}>
      <FormField Input={AcledEventTypeInput} name="incident.eventType" label="Event type" />
      <FormField Input={AcledSubEventTypeInput} name="incident.subEventType" label="Sub-event type" />
      <FormValues />
    </Form>,
    { locale },
  );
}

const optionTexts = () => screen.getAllByRole('option').map((o) => o.textContent);
const groupNames = () => screen.queryAllByRole('group').map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)!.textContent);

describe('ACLED event type input', () => {
  it("offers the six event types by ACLED's names and stores the slug", async () => {
    incidentForm({ eventType: null, subEventType: null });
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Event type' }));
    expect(optionTexts()).toEqual(EVENT_TYPES.map((t) => t.label));
    expect(optionTexts()).toContain('Explosions/Remote violence');

    await user.click(screen.getByRole('option', { name: 'Explosions/Remote violence' }));
    expect(formValues().incident.eventType).toBe('explosions-remote-violence');
    expect(screen.getByRole('combobox', { name: 'Event type' }).textContent).toContain('Explosions/Remote violence');
  });

  it('shows a saved slug by its label, in French too', () => {
    incidentForm({ eventType: 'violence-against-civilians', subEventType: 'abduction-forced-disappearance' }, 'fr');
    expect(screen.getByRole('combobox', { name: 'Event type' }).textContent).toContain('Violences contre les civils');
    expect(screen.getByRole('combobox', { name: 'Sub-event type' }).textContent).toContain('Enlèvement/disparition forcée');
  });
});

describe('ACLED sub-event type input', () => {
  it('lists every sub-type under its event type while no event type is chosen', async () => {
    incidentForm({ eventType: null, subEventType: null });
    await userEvent.setup().click(screen.getByRole('combobox', { name: 'Sub-event type' }));
    expect(optionTexts()).toHaveLength(SUB_EVENT_TYPES.length);
    expect(groupNames()).toEqual(EVENT_TYPES.map((t) => t.label));
    const explosions = screen.getByRole('group', { name: 'Explosions/Remote violence' });
    expect(within(explosions).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Chemical weapon',
      'Air/drone strike',
      'Suicide bomb',
      'Shelling/artillery/missile attack',
      'Remote explosive/landmine/IED',
      'Grenade',
    ]);
  });

  it('narrows the sub-types to the event type chosen beside it, and stores the slug', async () => {
    incidentForm({ eventType: null, subEventType: null });
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Event type' }));
    await user.click(screen.getByRole('option', { name: 'Battles' }));

    await user.click(screen.getByRole('combobox', { name: 'Sub-event type' }));
    expect(optionTexts()).toEqual(['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']);
    expect(screen.queryAllByRole('group')).toHaveLength(0);
    await user.keyboard('{Escape}');

    // Another event type, another list.
    await user.click(screen.getByRole('combobox', { name: 'Event type' }));
    await user.click(screen.getByRole('option', { name: 'Explosions/Remote violence' }));
    await user.click(screen.getByRole('combobox', { name: 'Sub-event type' }));
    expect(optionTexts()).toHaveLength(6);
    expect(optionTexts()).not.toContain('Armed clash');
    await user.click(screen.getByRole('option', { name: 'Air/drone strike' }));

    expect(formValues().incident).toMatchObject({ eventType: 'explosions-remote-violence', subEventType: 'air-drone-strike' });
    expect(screen.getByRole('combobox', { name: 'Sub-event type' }).textContent).toContain('Air/drone strike');
    // It belongs to the chosen type: nothing more to say.
    expect(screen.queryByTestId('field-meaning')).toBeNull();
  });

  it('keeps a saved sub-type of another event type visible, under its own heading, and says where it belongs', async () => {
    incidentForm({ eventType: 'battles', subEventType: 'air-drone-strike' });
    expect(screen.getByRole('combobox', { name: 'Sub-event type' }).textContent).toContain('Air/drone strike');
    expect(screen.getByTestId('field-meaning').textContent).toBe('A kind of “Explosions/Remote violence”.');

    await userEvent.setup().click(screen.getByRole('combobox', { name: 'Sub-event type' }));
    expect(groupNames()).toEqual(['Battles', 'Explosions/Remote violence']);
    expect(within(screen.getByRole('group', { name: 'Explosions/Remote violence' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['Air/drone strike']);
  });

  it('follows the event type of its own entry in a repeatable component', async () => {
    renderInAdmin(
      <Form method="PUT" initialValues={{ incidents: [{ eventType: 'riots' }, { eventType: 'protests' }] }}>
        <FormField Input={AcledSubEventTypeInput} name="incidents.1.subEventType" label="Second sub-event type" />
      </Form>,
    );
    await userEvent.setup().click(screen.getByRole('combobox', { name: 'Second sub-event type' }));
    expect(optionTexts()).toEqual(['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters']);
  });

  it('shows every sub-type, grouped, outside a Content Manager form', async () => {
    renderInAdmin(<AcledSubEventTypeInput name="subEventType" label="Sub-event type" value={null} onChange={jest.fn()} />);
    await userEvent.setup().click(screen.getByRole('combobox', { name: 'Sub-event type' }));
    expect(optionTexts()).toHaveLength(SUB_EVENT_TYPES.length);
    expect(screen.getAllByRole('group')).toHaveLength(EVENT_TYPES.length);
  });
});

describe('custom field strings', () => {
  it('exist in English and French, the English ones as the entities package writes them', () => {
    const en = translations.en!;
    const fr = translations.fr!;
    const keys = (messages: Record<string, string>) => Object.keys(messages).filter((k) => k.startsWith('custom-fields.')).sort();
    expect(keys(fr)).toEqual(keys(en));
    for (const term of SUB_EVENT_TYPES) expect(en[`custom-fields.acled-sub-event-type.${term.value}.label`]).toBe(term.label);
    for (const term of EVENT_TYPES) expect(en[`custom-fields.acled-event-type.${term.value}.label`]).toBe(term.label);
  });
});
