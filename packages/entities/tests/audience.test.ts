import { sourcesMadeAnonymous, type Source } from '../src';

describe('sourcesMadeAnonymous', () => {
  const ministry: Source = { kind: 'official', name: 'Ministry of Interior', url: 'https://moi.example/statement', anonymous: false };
  const witness: Source = { kind: 'witness', name: 'Ahmed Saleh', anonymous: false };

  it('finds a named source the draft now keeps anonymous, by name, by address or in place with its name removed', () => {
    expect(sourcesMadeAnonymous([ministry, witness], [{ ...ministry, anonymous: true, descriptor: 'an official' }, witness])).toEqual([{ published: 0, draft: 0 }]);
    expect(sourcesMadeAnonymous([ministry], [{ kind: 'official', url: 'https://moi.example/statement', anonymous: true }])).toEqual([{ published: 0, draft: 0 }]);
    expect(sourcesMadeAnonymous([ministry, witness], [ministry, { kind: 'witness', anonymous: true, descriptor: 'a resident' }])).toEqual([{ published: 1, draft: 1 }]);
  });

  it('leaves sources the draft still names, and sources already anonymous', () => {
    expect(sourcesMadeAnonymous([ministry, witness], [ministry, witness, { kind: 'official', anonymous: true, descriptor: 'new one' }])).toEqual([]);
    expect(sourcesMadeAnonymous([{ kind: 'witness', anonymous: true, descriptor: 'a resident' }], [{ kind: 'witness', anonymous: true, descriptor: 'a resident' }])).toEqual([]);
  });
});
