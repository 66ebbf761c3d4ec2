import type { VerificationOptions } from '@security-briefings/entities';

/**
 * GET /security-briefings/verification (admin API): the organisation's verification rule and what
 * each marking needs to be published, so the edit view explains a level as the server derives it.
 */
export namespace GetVerificationRule {
  export interface Response {
    data: VerificationOptions;
  }
}
