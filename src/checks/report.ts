/** How the checks report: a problem at its file and line, with its field, what is wrong and how to fix it; the collector that gathers them. */
import type { CollectionName } from '../schemas/index.ts';
import type { Locale } from '../core/locales.ts';

/** What the checks hand back: every problem, and every entry they could read. */
export interface CheckedEntry {
  collection: CollectionName;
  /** `en` for the edition of record, else the translation's language. */
  locale: Locale;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
}

export interface ValidationReport {
  errors: Problem[];
  warnings: Problem[];
  entries: CheckedEntry[];
}

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path from the project root. */
  file: string;
  line?: number;
  /** The frontmatter field, e.g. `sources[0].url`. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return [where, problem.field ?? '(file)', problem.message, problem.hint].filter(Boolean).join(' — ');
}

export function formatReport(report: Pick<ValidationReport, 'errors' | 'warnings'>): string {
  const lines: string[] = [];
  for (const e of report.errors) lines.push(`error: ${formatProblem(e)}`);
  for (const w of report.warnings) lines.push(`warning: ${formatProblem(w)}`);
  return lines.join('\n');
}

export type Report = (p: Omit<Problem, 'severity'>) => void;

export function createCollector() {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  return {
    errors,
    warnings,
    error: (p: Omit<Problem, 'severity'>) => void errors.push({ severity: 'error', ...p }),
    warn: (p: Omit<Problem, 'severity'>) => void warnings.push({ severity: 'warning', ...p }),
  };
}
