import { OVERVIEW_READ } from '../../../shared/permissions';

/** Who sees the overview: its menu link and its page ask for the same permission as its endpoint. */
export const OVERVIEW_PERMISSIONS = [{ action: OVERVIEW_READ, subject: null }];
