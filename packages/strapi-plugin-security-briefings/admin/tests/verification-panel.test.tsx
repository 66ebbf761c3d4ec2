import * as React from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, useForm } from '@strapi/strapi/admin';
import { verificationOptions } from '@security-briefings/entities';
import { BriefingVerification } from '../src/edit-view/VerificationPanel';
import { renderInAdmin } from './render';

/** Sets one form value, as the Content Manager's inputs would. */
function Setter({ path, value }: { path: string; value: unknown }) {
  const onChange = useForm('Setter', (state) => state.onChange);
  return (
    <button type="button" onClick={() => onChange(path, value)}>
      set {path}
    </button>
  );
}

const reuters = { kind: 'media', name: 'Reuters' };
const officials = { kind: 'official', anonymous: true, descriptor: 'security officials', reliability: 'A' };

describe('verification panel', () => {
  const options = verificationOptions({ requireToPublish: { clear: 'corroborated' } });

  it('shows the level as the form stands, why, and whether the marking may be published with it', async () => {
    renderInAdmin(
      <Form method="PUT" initialValues={{ marking: 'clear', sources: [reuters, officials] }}>
        <BriefingVerification options={options} />
        <Setter path="sources" value={[reuters, officials, { kind: 'media', name: 'AFP' }]} />
      </Form>,
    );
    expect(screen.getByText('Unconfirmed')).toBeTruthy();
    expect(screen.getByText('1 independent source and 1 anonymous source (anonymous sources never corroborate).')).toBeTruthy();
    expect(screen.getByText('TLP:CLEAR needs corroborated to be published: Two or more independent named sources.')).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'set sources' }));
    expect(screen.getByText('Corroborated')).toBeTruthy();
    expect(screen.getByText('2 independent sources and 1 anonymous source (anonymous sources never corroborate).')).toBeTruthy();
    expect(screen.getByText('Enough to publish as TLP:CLEAR, which needs corroborated.')).toBeTruthy();
  });

  it('names the source that confirms, and says nothing of publishing where the marking needs no level', () => {
    renderInAdmin(
      <Form method="PUT" initialValues={{ marking: 'amber', sources: [{ kind: 'official', name: 'Ministry of Interior', reliability: 'B' }] }}>
        <BriefingVerification options={options} />
      </Form>,
    );
    expect(screen.getByText('Confirmed')).toBeTruthy();
    expect(screen.getByText('Official source graded B: Ministry of Interior.')).toBeTruthy();
    expect(screen.queryByText(/to be published|Enough to publish/)).toBeNull();
  });

  it('speaks French, with the level labelled as the list labels it', () => {
    renderInAdmin(
      <Form method="PUT" initialValues={{ marking: 'clear', sources: [reuters, { kind: 'media', name: 'AFP' }] }}>
        <BriefingVerification options={options} />
      </Form>,
      { locale: 'fr' },
    );
    expect(screen.getByText('Corroboré')).toBeTruthy();
    expect(screen.getByText('Suffisant pour publier en TLP:CLEAR, qui demande : corroboré.')).toBeTruthy();
  });

  it('says so when there are no sources', () => {
    renderInAdmin(
      <Form method="PUT" initialValues={{ marking: null, sources: [] }}>
        <BriefingVerification options={options} />
      </Form>,
    );
    expect(screen.getByText('Unconfirmed')).toBeTruthy();
    expect(screen.getByText('No sources yet.')).toBeTruthy();
  });
});
