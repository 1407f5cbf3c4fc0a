import { translator, type Translate } from '../../i18n/index.ts';

const english = translator('en');
import type { TrainingEffect } from '../schemas/report.ts';

/** A figure as the dashboards print it: two decimals, as the engine rounded it. */
export function fig(v: number | null, t: Translate = english): string {
  return v === null ? t('dash.suppressed') : v.toFixed(2);
}

/** A share (0–1) as a whole percentage. */
export function pct(v: number | null, t: Translate = english): string {
  return v === null ? t('dash.suppressed') : `${Math.round(v * 100)}%`;
}

/** Cohen's conventional labels for |d|: 0.2 small, 0.5 medium, 0.8 large. */
function sizeWord(dz: number, t: Translate): string {
  const a = Math.abs(dz);
  return t(a < 0.2 ? 'dash.sizeNegligible' : a < 0.5 ? 'dash.sizeSmall' : a < 0.8 ? 'dash.sizeMedium' : 'dash.sizeLarge');
}

/** "Scores rose by 1.2 levels; the interval excludes zero, …; a large effect (d_z 2.02)." */
export function effectWords(e: TrainingEffect, k: number, t: Translate = english): string {
  if (e.meanChange === null || e.ciLow === null || e.ciHigh === null) return t('dash.effectHidden', { k });
  const change = Math.abs(e.meanChange).toFixed(2);
  const head = e.meanChange > 0 ? t('dash.rose', { change }) : e.meanChange < 0 ? t('dash.fell', { change }) : t('dash.flat');
  const excludes = e.ciLow > 0 || e.ciHigh < 0;
  const parts = [head, t(excludes ? 'dash.excludes' : 'dash.includes')];
  if (e.dz !== null) parts.push(t('dash.size', { size: sizeWord(e.dz, t), dz: e.dz.toFixed(2) }));
  return `${parts.join('; ')}.`;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}
