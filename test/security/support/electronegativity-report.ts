import { z } from 'zod';

/**
 * Electronegativity's CSV report read into findings, and findings held against the reviewed exceptions
 * (test/security/electronegativity-exceptions.json). Pure, so the parsing is tested on its own.
 */
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  readonly confidence: string;
  readonly file: string;
  readonly location: string;
  readonly sample: string;
}

export interface Report {
  readonly findings: readonly Finding[];
  /** Records that are not a whole finding (e.g. a first row cut short): the report cannot be trusted. */
  readonly unreadable: readonly string[];
}

const HEADER = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];
const WIKI = 'https://github.com/doyensec/electronegativity/wiki/';
const CHECK_ID = /^[A-Z][A-Z0-9_]*_CHECK$/;

/** RFC 4180 records: fields split on commas, "quoted" fields may hold commas, newlines and "" for a quote. */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      records.push([...record, field]);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records.filter((fields) => fields.some((value) => value.trim() !== ''));
}

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

function toFinding(fields: readonly string[]): Finding | undefined {
  if (fields.length !== HEADER.length) return undefined;
  const [check = '', severity = '', confidence = '', file = '', location = '', sample = '', , url = ''] = fields;
  // The last column repeats the check's name, which a row cut short at its start would not match.
  if (!CHECK_ID.test(check) || url !== `${WIKI}${check}` || !isSeverity(severity)) return undefined;
  return { check, severity, confidence, file: file.replaceAll('\\', '/'), location, sample };
}

export function parseReport(csv: string): Report {
  const findings: Finding[] = [];
  const unreadable: string[] = [];
  const records = csvRecords(csv);
  const isHeader = (fields: readonly string[]) => fields.map((value) => value.trim()).join() === HEADER.join();
  if (records.length === 0 || !isHeader(records[0] ?? [])) unreadable.push('(the header row is missing)');
  for (const fields of records) {
    if (isHeader(fields)) continue;
    const finding = toFinding(fields);
    if (finding) findings.push(finding);
    else unreadable.push(fields.join(',').slice(0, 200));
  }
  return { findings, unreadable };
}

/** One reviewed exception: one finding of one check in one file, never a pattern. */
export const exceptionSchema = z.strictObject({
  check: z.string().regex(CHECK_ID, 'a check id such as SANDBOX_JS_CHECK'),
  file: z.string().regex(/^(electron|renderer)\/[\w./-]+\.(ts|tsx|html)$/, 'one scanned file, relative to the repository, no wildcards'),
  reason: z.string().min(30, 'a sentence a reviewer can check'),
});
export type ScanException = z.infer<typeof exceptionSchema>;

export const exceptionsFileSchema = z.strictObject({
  about: z.string(),
  exceptions: z.array(exceptionSchema),
});

export function describeFinding(finding: Finding): string {
  return `${finding.severity} ${finding.check} in ${finding.file}:${finding.location} (${finding.sample})`;
}

export const isHighOrMedium = (finding: Finding): boolean => finding.severity === 'HIGH' || finding.severity === 'MEDIUM';

/**
 * Each exception excuses at most one high or medium finding with its check and file. What is left over on
 * either side fails the test: a finding nobody reviewed, or an exception that excuses nothing any more.
 */
export function reconcile(findings: readonly Finding[], exceptions: readonly ScanException[]): {
  unexcused: Finding[];
  stale: ScanException[];
} {
  const unused = [...exceptions];
  const unexcused: Finding[] = [];
  for (const finding of findings.filter(isHighOrMedium)) {
    const index = unused.findIndex((exception) => exception.check === finding.check && exception.file === finding.file);
    if (index === -1) unexcused.push(finding);
    else unused.splice(index, 1);
  }
  return { unexcused, stale: unused };
}
