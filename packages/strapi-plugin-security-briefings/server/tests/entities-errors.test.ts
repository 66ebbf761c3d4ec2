import { errors } from '@strapi/utils';
import * as entities from '@security-briefings/entities';
import { NOT_AVAILABLE, entitiesErrors, type Door } from '../src/middlewares/entities-errors';

const restricted = { documentId: 'amber-1', title: 'Partner-only', marking: 'amber' as const, publishedAt: '2025-03-15T10:00:00Z' };

/** Each entities error as the package itself throws it. */
const thrown = {
  ExportRefusedError: () => entities.exportable(restricted, 'public'),
  NotPublicError: () => entities.toPublicRecord(restricted),
  ExtractionError: () => entities.extractBriefing('Two people were killed in Mosul.', { publishedAt: 'last Monday' }),
};

function caught(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** Runs the middleware for one door with a `next` that throws; gives what comes out and what was logged. */
async function through(door: Door, error: unknown) {
  const log = { error: jest.fn() };
  const ctx = { method: 'GET', path: '/api/security-briefings/briefings/amber-1' } as any;
  const result = await entitiesErrors(door, () => log)(ctx, async () => {
    throw error;
  }).then(
    () => undefined,
    (out: unknown) => out,
  );
  return { out: result as any, logged: log.error.mock.calls.map(([line]) => String(line)) };
}

describe('the entities errors middleware', () => {
  it('knows every error class the entities package exports', () => {
    const classes = Object.entries(entities)
      .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error)
      .map(([name]) => name)
      .sort();
    // A new class here needs its HTTP answer in middlewares/entities-errors.ts, and a case in `thrown`.
    expect(classes).toEqual(Object.keys(thrown).sort());
  });

  describe.each(['ExportRefusedError', 'NotPublicError'] as const)('%s', (name) => {
    const error = caught(thrown[name]);

    it('is the real error of the entities package', () => {
      expect(error).toBeInstanceOf((entities as any)[name]);
    });

    it('is a 404 on the content API, worded like a briefing that does not exist, and logged for the newsroom', async () => {
      const { out, logged } = await through('content-api', error);
      expect(out).toBeInstanceOf(errors.NotFoundError);
      expect(out.message).toBe(NOT_AVAILABLE);
      // Nothing in the answer says the briefing exists or how it is marked.
      expect(JSON.stringify({ message: out.message, details: out.details })).not.toMatch(/amber|AMBER|amber-1/);
      expect(logged).toEqual([expect.stringContaining('amber-1')]);
    });

    it('is a 403 with its reason in the admin', async () => {
      const { out } = await through('admin', error);
      expect(out).toBeInstanceOf(errors.ForbiddenError);
      expect(out.message).toBe(error.message);
    });
  });

  it.each(['content-api', 'admin'] as const)('answers an ExtractionError with a 400 naming publishedAt (%s)', async (door) => {
    const error = caught(thrown.ExtractionError);
    expect(error).toBeInstanceOf(entities.ExtractionError);
    const { out, logged } = await through(door, error);
    expect(out).toBeInstanceOf(errors.ValidationError);
    expect(out.message).toMatch(/publishedAt must be a real date written YYYY-MM-DD, not “last Monday”/);
    expect(out.details.errors).toEqual([{ path: ['publishedAt'], message: out.message, name: 'ValidationError' }]);
    expect(logged).toEqual([]);
  });

  it('leaves every other error as it is', async () => {
    for (const error of [new errors.NotFoundError('gone'), new errors.ForbiddenError('no'), new Error('a bug'), 'a string']) {
      const { out, logged } = await through('content-api', error);
      expect(out).toBe(error);
      expect(logged).toEqual([]);
    }
  });

  it('lets a request that throws nothing through', async () => {
    const ctx = { body: undefined } as any;
    await entitiesErrors('content-api')(ctx, async () => {
      ctx.body = { data: [] };
    });
    expect(ctx.body).toEqual({ data: [] });
  });
});
