/**
 * What a bar chart needs to tell the truth, checked while the article's figures are collected (annotate.ts), so a
 * chart that would mislead stops the build at the figure that breaks it:
 *
 *   - one unit: bars of 40 % and of 800,000 桶 drawn side by side compare nothing (the figures of one title
 *     anywhere in the article form one chart, so the same title reused in another section joins this one);
 *   - no bar below zero: bars grow from zero, and a negative one would be drawn empty;
 *   - something to draw: at least one figure above zero, the largest being the full bar.
 *
 * Titles are compared as readers read them (chartKey): `份額％` and `份額%`, or two spaces for one, are one chart.
 */
import type { ContentIssue } from '../content/locate-issues';
import type { Figure } from '../annotations/types';
import { chartKey } from './figure-charts';

export function chartProblems(figures: readonly Figure[], file: string): ContentIssue[] {
  const byChart = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (figure.chart) byChart.set(chartKey(figure.chart), [...(byChart.get(chartKey(figure.chart)) ?? []), figure]);
  }
  const issues: ContentIssue[] = [];
  const issue = (figure: Figure, message: string) => issues.push({ file, line: figure.line, field: 'chart', message });
  for (const members of byChart.values()) {
    const [first] = members;
    if (!first) continue;
    const title = first.chart ?? '';
    const otherUnit = members.find((figure) => figure.unit !== first.unit);
    if (otherUnit) {
      issue(
        otherUnit,
        `chart "${title}" mixes units: ${unitName(first.unit)} (line ${first.line}) and ${unitName(otherUnit.unit)} (line ${otherUnit.line}); a chart compares numbers of one unit: give these figures a chart title of their own`,
      );
    }
    for (const negative of members.filter((figure) => figure.value < 0)) {
      issue(negative, `chart "${title}" cannot draw ${negative.value}${negative.unit}: bars grow from zero; leave this figure out of the chart (no chart=…)`);
    }
    if (!members.some((figure) => figure.value > 0)) issue(first, `chart "${title}" needs at least one figure above zero to draw its bars against`);
  }
  return issues;
}

function unitName(unit: string): string {
  return unit === '' ? 'no unit' : `"${unit}"`;
}
