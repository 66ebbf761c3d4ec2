import * as React from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TlpMarkingInput } from '../src/custom-fields/TlpMarkingInput';
import { SourceGradeInput } from '../src/custom-fields/SourceGradeInput';
import { ThreatLevelInput } from '../src/custom-fields/ThreatLevelInput';
import { ACTOR_KINDS, ACTOR_ROLES, CERTAINTIES, DATE_PRECISIONS, PLACE_KINDS, SOURCE_KINDS } from '@security-briefings/entities';
import { ActorKindInput, ActorRoleInput, CertaintyInput, DatePrecisionInput, PlaceKindInput, SourceKindInput } from '../src/custom-fields/VocabularyInputs';
import { renderInAdmin } from './render';

/** A field as the Content Manager's form would hold it. */
function Controlled({ Input, initial = null, onChange }: { Input: React.ComponentType<any>; initial?: string | null; onChange?: (name: string, value: string | null) => void }) {
  const [value, setValue] = React.useState<string | null>(initial);
  return (
    <Input
      name="marking"
      label="The field"
      value={value}
      onChange={(name: string, next: string | null) => {
        setValue(next);
        onChange?.(name, next);
      }}
    />
  );
}

describe('TLP marking input', () => {
  it('offers every TLP 2.0 level with its sharing rule and stores the chosen value', async () => {
    const onChange = jest.fn();
    renderInAdmin(<Controlled Input={TlpMarkingInput} onChange={onChange} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('combobox', { name: 'The field' }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toHaveLength(5);
    expect(options).toContain("TLP:AMBER+STRICT: Share on a need-to-know basis within the recipient's organisation only.");

    await user.click(screen.getByRole('option', { name: /TLP:GREEN/ }));
    expect(onChange).toHaveBeenLastCalledWith('marking', 'green');
    expect(screen.getByRole('combobox', { name: 'The field' }).textContent).toContain('TLP:GREEN');
    expect(screen.getByTestId('field-meaning').textContent).toContain('Share within the community (partners and peers), not publicly.');
  });

  it('speaks French when the admin does', () => {
    renderInAdmin(<Controlled Input={TlpMarkingInput} initial="red" />, { locale: 'fr' });
    expect(screen.getByTestId('field-meaning').textContent).toContain('Pour les seuls destinataires nommés, sans autre diffusion.');
  });

  it('ignores a value outside the vocabulary instead of showing it as chosen', () => {
    renderInAdmin(<Controlled Input={TlpMarkingInput} initial="purple" />);
    expect(screen.queryByTestId('field-meaning')).toBeNull();
  });
});

describe('source grade input', () => {
  it('stores the two-part grade only once both halves are chosen, and says what it means', async () => {
    const onChange = jest.fn();
    renderInAdmin(<Controlled Input={SourceGradeInput} onChange={onChange} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('combobox', { name: 'Reliability of the source' }));
    await user.click(screen.getByRole('option', { name: 'B: Usually reliable' }));
    expect(onChange).toHaveBeenLastCalledWith('marking', null);
    expect(screen.getByTestId('field-meaning').textContent).toContain('Choose the other half of the grade too.');

    await user.click(screen.getByRole('combobox', { name: 'Credibility of the information' }));
    await user.click(screen.getByRole('option', { name: '2: Probably true' }));
    expect(onChange).toHaveBeenLastCalledWith('marking', 'B2');
    expect(screen.getByTestId('field-meaning').textContent).toContain(
      'Grade B2. B: Usually reliable: Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time. 2: Probably true:',
    );
  });

  it('shows a saved grade and follows the form when it is cleared', async () => {
    function Resettable() {
      const [value, setValue] = React.useState<string | null>('F6');
      return (
        <>
          <SourceGradeInput name="grade" label="Grade" value={value} onChange={(_n, v) => setValue(v)} />
          <button type="button" onClick={() => setValue(null)}>reset</button>
        </>
      );
    }
    renderInAdmin(<Resettable />);
    expect(screen.getByTestId('field-meaning').textContent).toContain('Grade F6.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'reset' }));
    await waitFor(() => expect(screen.queryByTestId('field-meaning')).toBeNull());
  });
});

describe('threat level input', () => {
  it('lists the UK levels from low to critical with what each means', async () => {
    const onChange = jest.fn();
    renderInAdmin(<Controlled Input={ThreatLevelInput} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'The field' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Low: An attack is highly unlikely.',
      'Moderate: An attack is possible but not likely.',
      'Substantial: An attack is likely.',
      'Severe: An attack is highly likely.',
      'Critical: An attack is highly likely in the near future.',
    ]);
    await user.click(screen.getByRole('option', { name: /Severe/ }));
    expect(onChange).toHaveBeenLastCalledWith('marking', 'severe');
  });
});

describe('plain vocabulary inputs', () => {
  it.each([
    ['actor role', ActorRoleInput, ACTOR_ROLES],
    ['certainty', CertaintyInput, CERTAINTIES],
    ['actor kind', ActorKindInput, ACTOR_KINDS],
    ['place kind', PlaceKindInput, PLACE_KINDS],
    ['source kind', SourceKindInput, SOURCE_KINDS],
    ['date precision', DatePrecisionInput, DATE_PRECISIONS],
  ] as const)('%s: offers every term of the vocabulary, in order, and stores its value', async (_name, Input, vocabulary) => {
    const onChange = jest.fn();
    renderInAdmin(<Input name="field" label="The field" value={null} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'The field' }));
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent!.split(':')[0])).toEqual(vocabulary.terms.map((t) => t.label));
    await user.click(options[options.length - 1]!);
    expect(onChange).toHaveBeenLastCalledWith('field', vocabulary.values[vocabulary.values.length - 1]);
  });

  it('label the stored values and keep them identical', async () => {
    const onChange = jest.fn();
    renderInAdmin(<SourceKindInput name="sources.0.kind" label="Kind of source" value={null} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Kind of source' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)[0]).toBe('Official: A government, military or other official statement.');
    await user.click(screen.getByRole('option', { name: /^Official/ }));
    expect(onChange).toHaveBeenLastCalledWith('sources.0.kind', 'official');
  });

  it('show a term without a description by its label alone', async () => {
    renderInAdmin(<ActorKindInput name="kind" label="Kind" value="person" onChange={jest.fn()} />);
    expect(screen.getByRole('combobox', { name: 'Kind' }).textContent).toContain('Person');
    expect(screen.queryByTestId('field-meaning')).toBeNull();
    await userEvent.setup().click(screen.getByRole('combobox', { name: 'Kind' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toContain('Political party');
  });
});
