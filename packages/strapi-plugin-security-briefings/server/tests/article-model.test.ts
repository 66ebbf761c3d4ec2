import config from '../src/config';
import { toRecord } from '../src/utils/records';
import { resolveArticleModel } from '../src/utils/config';

const post = {
  attributes: {
    headline: { type: 'string' },
    content: { type: 'blocks' },
    slug: { type: 'uid' },
    published: { type: 'date' },
    cover: { type: 'media' },
    publishedAt: { type: 'datetime' },
  },
  options: { draftAndPublish: true },
};
const postOption = { uid: 'api::post.post', fields: { title: 'headline', body: 'content', publishedDate: 'published' } };

describe('the articleContentType option', () => {
  it('takes a UID or the type with its field names', () => {
    expect(() => config.validator({ ...config.default, articleContentType: 'api::article.article' })).not.toThrow();
    expect(() => config.validator({ ...config.default, articleContentType: postOption })).not.toThrow();
    expect(() => config.validator({ ...config.default, articleContentType: { uid: 'api::post.post', fields: { url: null } } })).not.toThrow();
  });

  it('names the part of the object at fault', () => {
    expect(() => config.validator({ articleContentType: { uid: 'post' } })).toThrow(/articleContentType\.uid: Give a content-type UID/);
    expect(() => config.validator({ articleContentType: { fields: {} } })).toThrow(/articleContentType\.uid: This field is required/);
    expect(() => config.validator({ articleContentType: { uid: 'api::post.post', fields: { bdy: 'content' } } })).toThrow(/articleContentType\.fields\.bdy: “bdy” is not a field here/);
    expect(() => config.validator({ articleContentType: { uid: 'api::post.post', fields: { body: 'the body' } } })).toThrow(/articleContentType\.fields\.body: Give the name of a field/);
    expect(() => config.validator({ articleContentType: 42 })).toThrow(/articleContentType: .*expected string/);
  });
});

describe('the article model, checked against the type', () => {
  it('uses the fields the app names and the defaults the type has', () => {
    const model = resolveArticleModel(postOption, post);
    expect(model).toEqual({
      uid: 'api::post.post',
      fields: { title: 'headline', body: 'content', slug: 'slug', publishedDate: 'published', outlet: null, url: null },
      bodyFormat: 'blocks',
      draftAndPublish: true,
    });
    expect(resolveArticleModel({ ...postOption, fields: { ...postOption.fields, body: 'headline', publishedDate: 'publishedAt', slug: null } }, post)).toMatchObject({
      fields: { body: 'headline', publishedDate: 'publishedAt', slug: null },
      bodyFormat: 'text',
    });
    const article = { attributes: { title: { type: 'string' }, body: { type: 'richtext' }, slug: { type: 'uid' }, url: { type: 'relation' } } };
    expect(resolveArticleModel('api::article.article', article)).toMatchObject({
      fields: { title: 'title', body: 'body', slug: 'slug', publishedDate: null, outlet: null, url: null },
      bodyFormat: 'markdown',
      draftAndPublish: false,
    });
  });

  it('refuses a named field the type does not have, or cannot be read', () => {
    expect(() => resolveArticleModel({ uid: 'api::post.post', fields: { title: 'heading' } }, post)).toThrow(
      'security-briefings: articleContentType.fields.title is "heading", which api::post.post does not have.',
    );
    expect(() => resolveArticleModel({ uid: 'api::post.post', fields: { body: 'cover' } }, post)).toThrow(/fields\.body is "cover", a media field of api::post\.post; body must be one of: text, string, richtext, blocks/);
  });
});

describe('the source article in a record', () => {
  it('carries the record names, whatever the host calls its fields', () => {
    const model = resolveArticleModel(postOption, post);
    const row = { id: 1, documentId: 'b1', title: 'Briefing', sourceArticle: { id: 4, documentId: 'p1', headline: 'Gunmen attack police post', slug: 'gunmen', published: '2025-06-12' } };
    expect(toRecord(row, model).sourceArticle).toEqual({ documentId: 'p1', title: 'Gunmen attack police post', slug: 'gunmen', publishedDate: '2025-06-12' });
    expect(toRecord(row).sourceArticle).toMatchObject({ headline: 'Gunmen attack police post' });
  });
});
