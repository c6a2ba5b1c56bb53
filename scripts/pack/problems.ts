// What pack found wrong, as a code for tests and a plain-Chinese line for staff that names the sheet, row, column and value.

export type ProblemCode =
  // errors: nothing is written
  | 'no-sheet'
  | 'many-sheets'
  | 'unreadable-sheet'
  | 'missing-column'
  | 'repeated-column'
  | 'no-documents'
  | 'empty-required'
  | 'bad-date'
  | 'repeated-index'
  | 'repeated-id'
  | 'bad-id'
  | 'unknown-domain'
  | 'bad-domain-row'
  | 'unknown-validity'
  | 'unknown-disclosure'
  | 'bad-url'
  | 'missing-file'
  | 'file-outside'
  | 'unknown-related'
  | 'unknown-replaced-by'
  | 'bad-replaced-by'
  | 'bad-key'
  | 'bad-out'
  | 'too-large-for-zip'
  // warnings: packed all the same
  | 'unknown-column'
  | 'scanned-pdf'
  | 'unreadable-pdf'
  | 'encrypted-pdf'
  | 'not-shown-on-kiosk'
  | 'html-not-utf8'
  | 'unused-file'
  | 'version-not-newer';

export interface Problem {
  severity: 'error' | 'warning';
  code: ProblemCode;
  message: string;
}

export class Problems {
  readonly list: Problem[] = [];

  error(code: ProblemCode, message: string): void {
    this.list.push({ severity: 'error', code, message });
  }

  warn(code: ProblemCode, message: string): void {
    this.list.push({ severity: 'warning', code, message });
  }

  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity === 'warning');
  }

  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }
}

/** Where a sheet's rows come from, as staff know it: `catalogue.xlsx`, `catalogue.csv`, `catalogue.xlsx 的 domains 表`. */
export interface SheetPlace {
  label: string;
  /** 行 for a spreadsheet row, 条 for an entry of a JSON list. */
  rowWord: '行' | '条';
}

/** `catalogue.xlsx 第 5 行「成文日期」`: Excel's own row number, and the header as the sheet spells it. */
export function cellPlace(sheet: SheetPlace, row: number, header?: string): string {
  return `${sheet.label} 第 ${row} ${sheet.rowWord}${header ? `「${header}」` : ''}`;
}

/** A value as staff typed it, in Chinese quotes. */
export function quoted(value: unknown): string {
  if (value instanceof Date)
    return `“${Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString().slice(0, 10)}”`;
  if (Array.isArray(value)) return `“${value.join('；')}”`;
  return `“${String(value)}”`;
}

/** Every problem, errors first, as lines for the terminal. */
export function formatProblems(problems: Problem[]): string[] {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines: string[] = [];
  if (errors.length) {
    lines.push(`发现 ${errors.length} 个错误，未生成内容包：`);
    errors.forEach((p, i) => lines.push(`  ${i + 1}. ${p.message}`));
  }
  if (warnings.length) {
    lines.push(`${warnings.length} 条提醒（不影响打包）：`);
    warnings.forEach((p, i) => lines.push(`  ${i + 1}. ${p.message}`));
  }
  return lines;
}
