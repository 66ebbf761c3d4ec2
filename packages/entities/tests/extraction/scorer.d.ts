import type { BriefingDraft } from '../../src/extraction';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  falsePositives: string[];
  missed: string[];
}
export type Category = 'people' | 'organizations' | 'locations' | 'quotes' | 'eventType' | 'subEventType' | 'incidentDate' | 'country';
export type PrecisionCategory = 'incidentPlace' | 'datePrecision' | 'fatalities';
export type AnyCategory = Category | PrecisionCategory;
export interface DraftScore {
  counts: Record<AnyCategory, Counts>;
  f1: Record<AnyCategory, number>;
  /** Mean F1 of the eight CATEGORIES. */
  macroF1: number;
  /** Mean F1 of every category. */
  allF1: number;
}
export interface GoldArticle {
  name: string;
  text: string;
  publishedAt: string;
  gold: { expected: Record<string, unknown> };
}
export const CATEGORIES: Category[];
export const PRECISION_CATEGORIES: PrecisionCategory[];
export const ALL_CATEGORIES: AnyCategory[];
export function scoreDraft(draft: BriefingDraft, gold: GoldArticle['gold']): DraftScore;
export function scoreAll(scored: DraftScore[]): { f1: Record<AnyCategory, number>; macroF1: number; allF1: number };
export function describeScore(score: { f1: Record<AnyCategory, number>; macroF1: number }): string;
export function loadArticles(dir: string): GoldArticle[];
export function normalise(name: string): string;
