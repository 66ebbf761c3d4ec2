import { EXPORT_FORMATS, PARTNER_MARKINGS, type Audience, type ExportFormat, type TlpMarking } from '@security-briefings/entities';
import type { ContentApiAuth } from './context';
import { pluginAction } from '../constants';

/** What a content-API request may read, worked out from its role's or API token's permissions. */
export interface Access {
  audience: Audience;
  /** Markings it may read; always includes CLEAR, never AMBER+STRICT or RED. */
  markings: readonly TlpMarking[];
  /** Whether it may export in a format (permission `format.<format>`). */
  canExport(format: ExportFormat): boolean;
}

/** Markings beyond CLEAR that a permission can open, as `marking.<marking>` actions. */
export const GRANTABLE_MARKINGS = PARTNER_MARKINGS.filter((m) => m !== 'clear');

/**
 * A full-access API token is a partner cleared up to AMBER; a signed-in user or custom API token
 * gets what its Users & Permissions role or the token ticks. A caller with no credentials is the
 * public, whatever the Public role ticks: `marking.*` there must not open partner briefings to
 * everyone. AMBER+STRICT and RED never leave the admin.
 */
export function accessFor(ctx: { state?: { auth?: ContentApiAuth } }): Access {
  const auth = ctx?.state?.auth;
  const fullAccess = auth?.strategy?.name === 'content-api-token' && auth?.credentials?.type === 'full-access';
  const can = (action: string) => fullAccess || Boolean(auth?.ability?.can?.(pluginAction(action)));
  if (!auth?.credentials) {
    return { ...PUBLIC_ACCESS, canExport: (format) => PUBLIC_ACCESS.canExport(format) && can(`format.${format}`) };
  }
  const markings: TlpMarking[] = ['clear', ...GRANTABLE_MARKINGS.filter((m) => can(`marking.${m}`))];
  return {
    audience: markings.length > 1 ? 'partner' : 'public',
    markings,
    canExport: (format) => can(`format.${format}`),
  };
}

/** What partners may get at most (a full-access token): markings up to AMBER, every format. */
export const PARTNER_ACCESS: Access = { audience: 'partner', markings: PARTNER_MARKINGS, canExport: () => true };

/** The public's view, for code that serves the public regardless of who asks. */
export const PUBLIC_ACCESS: Access = { audience: 'public', markings: ['clear'], canExport: (format) => EXPORT_FORMATS[format].public };
