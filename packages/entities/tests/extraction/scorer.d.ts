import type { BriefingDraft } from '../../src/extraction';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  falsePositives: string[];
  missed: string[];
}
export type Category = 'people' | 'organizations' | 'locations' | 'quotes' | 'incident';
export interface DraftScore {
  counts: Record<Category, Counts>;
  f1: Record<Category, number>;
  macroF1: number;
}
export interface GoldArticle {
  name: string;
  text: string;
  publishedAt: string;
  gold: { expected: Record<string, unknown> };
}
export const CATEGORIES: Category[];
export function scoreDraft(draft: BriefingDraft, gold: GoldArticle['gold']): DraftScore;
export function scoreAll(scored: DraftScore[]): { f1: Record<Category, number>; macroF1: number };
export function loadArticles(dir: string): GoldArticle[];
export function normalise(name: string): string;
