import config from '../src/config';

describe('plugin options', () => {
  it('accepts the defaults and an article content type', () => {
    expect(() => config.validator(config.default)).not.toThrow();
    expect(() => config.validator({ ...config.default, articleContentType: 'api::article.article' })).not.toThrow();
    for (const stixProfile of ['oasis', 'opencti', 'misp']) expect(() => config.validator({ ...config.default, stixProfile })).not.toThrow();
  });

  it('names the option at fault', () => {
    expect(() => config.validator({ articleContentType: 'article' })).toThrow(/articleContentType: Give a content-type UID/);
    expect(() => config.validator({ publicRead: 'yes' })).toThrow(/publicRead/);
    expect(() => config.validator({ stixProfile: 'stix2' })).toThrow(/stixProfile/);
    expect(() => config.validator({ articelContentType: 'api::article.article' })).toThrow(/articelContentType: “articelContentType” is not a field here/);
  });
});
