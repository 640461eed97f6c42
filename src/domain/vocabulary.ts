/**
 * The story's fixed vocabularies: the words its data files may use for a stance, a verdict, a figure's
 * confidence, and what someone did in May 2024. Schemas validate against them; charts and pages order
 * by them; the words a reader sees for each are in src/i18n.
 */

/** A quote's stance on the price war, in the brief's words. */
export const STANCES = ['none', 'follows', 'refuses', 'sceptic', 'optimist'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * What each (or the company they speak from) did in May 2024: cut prices or launched at a fraction of
 * them, held their prices, or had no price in the war (investors, advisers, commentators).
 */
export const MAY_2024 = ['cut', 'held', 'outside'] as const;
export type May2024 = (typeof MAY_2024)[number];

/** Their stated view, in the brief's words for the stance of a quote, in the order the map shows them. */
export const VIEWS = ['optimist', 'follows', 'sceptic', 'refuses', 'none'] as const satisfies readonly Stance[];

/** confirmed: other reporting agrees; attributed: only the source says it; conflicting: sources disagree. */
export const CONFIDENCE = ['confirmed', 'attributed', 'conflicting'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/**
 * corrected: the source was wrong; attributed: only the source says it; partly: part of the claim is
 * confirmed elsewhere and part only in the source; conflicting: sources disagree.
 */
export const VERDICTS = ['corrected', 'attributed', 'partly', 'conflicting'] as const;
export type Verdict = (typeof VERDICTS)[number];
