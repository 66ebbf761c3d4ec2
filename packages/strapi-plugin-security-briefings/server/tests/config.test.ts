import config from '../src/config';

describe('plugin options', () => {
  it('accepts the defaults and an article content type', () => {
    expect(() => config.validator(config.default)).not.toThrow();
    expect(() => config.validator({ ...config.default, articleContentType: 'api::article.article' })).not.toThrow();
    for (const stixProfile of ['oasis', 'opencti', 'misp']) expect(() => config.validator({ ...config.default, stixProfile })).not.toThrow();
    expect(() => config.validator({ ...config.default, verification: { requireToPublish: { clear: 'corroborated', green: 'unconfirmed' }, rule: { corroboratingSources: 3 } } })).not.toThrow();
  });

  it('names the option at fault', () => {
    expect(() => config.validator({ articleContentType: 'article' })).toThrow(/articleContentType: Give a content-type UID/);
    expect(() => config.validator({ publicRead: 'yes' })).toThrow(/publicRead/);
    expect(() => config.validator({ stixProfile: 'stix2' })).toThrow(/stixProfile/);
    expect(() => config.validator({ verification: { requireToPublish: { clear: 'certain' } } })).toThrow(/verification\.requireToPublish\.clear: Choose a verification level/);
    expect(() => config.validator({ verification: { rule: { confirmingReliability: ['G'] } } })).toThrow(/verification\.rule\.confirmingReliability\.0/);
    expect(() => config.validator({ articelContentType: 'api::article.article' })).toThrow(/articelContentType: “articelContentType” is not a field here/);
  });
});
