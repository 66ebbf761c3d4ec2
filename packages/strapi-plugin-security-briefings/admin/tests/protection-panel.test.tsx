import { screen } from '@testing-library/react';
import { PublishedProtection } from '../src/edit-view/ProtectionPanel';
import { renderInAdmin } from './render';

/** The edit view tells the editor when saving the draft raised the published version's protection. */
describe('Who sees the published version', () => {
  it('says a stricter marking and withheld sources apply to the published version already', () => {
    renderInAdmin(<PublishedProtection protection={{ published: { marking: 'amber' }, raised: { from: 'clear', to: 'amber', sources: 2 } }} />);
    const notice = screen.getByText(/^Saving raised/).closest('[role="status"]');
    expect(notice?.textContent).toContain('Saving raised the published version from TLP:CLEAR to TLP:AMBER');
    expect(notice?.textContent).toContain('2 sources are now anonymous in the published version too.');
    expect(screen.getByText(/^Published version: TLP:AMBER\./)).toBeTruthy();
  });

  it('shows no notice when nothing was raised, only who the published version reaches', () => {
    renderInAdmin(<PublishedProtection protection={{ published: { marking: 'clear' }, raised: null }} />);
    expect(screen.queryByText(/Saving raised/)).toBeNull();
    expect(screen.getByText(/^Published version: TLP:CLEAR\. Anyone may see it/)).toBeTruthy();
  });

  it('speaks French too', () => {
    renderInAdmin(<PublishedProtection protection={{ published: { marking: 'red' }, raised: { from: 'green', to: 'red', sources: 0 } }} />, { locale: 'fr' });
    expect(screen.getByText(/^L'enregistrement/).closest('[role="status"]')?.textContent).toContain("L'enregistrement a relevé la version publiée de TLP:GREEN à TLP:RED");
  });
});
