import type { z } from 'zod';
import { SITE_IDS, type SiteId } from '../sites/types';

/**
 * What is wrong with a file chosen for import, as data: which record a person would recognise (its row, date and
 * site) and what is wrong with it. The options page puts it into words in the UI language
 * (components/options/importProblem.ts); nothing here is worded.
 */

/** The fields of a daily record (`days`) or an all-feeds total (`totals`). */
export type RecordField = 'date' | 'site' | 'activeSeconds' | 'videos' | 'sessions' | 'notInterested' | 'hourly';
export type NumberField = 'activeSeconds' | 'videos' | 'sessions' | 'notInterested';

export type RowProblem =
  | { kind: 'notRecord' }
  | { kind: 'missing'; field: RecordField }
  | { kind: 'notNumber'; field: NumberField }
  | { kind: 'negative'; field: NumberField }
  /** `max` in seconds for watching time, as a count otherwise. */
  | { kind: 'tooLarge'; field: NumberField; max: number }
  | { kind: 'notWhole'; field: NumberField }
  | { kind: 'badDate'; value: string }
  | { kind: 'unknownSite'; value: string }
  | { kind: 'hourlyNot24' }
  /** `hour` is the local hour, 0–23; `max` in seconds. */
  | { kind: 'hour'; hour: number; problem: 'notNumber' | 'negative' | 'tooLarge'; max: number }
  | { kind: 'hoursDoNotAddUp' }
  | { kind: 'unknownField'; name: string }
  | { kind: 'twice' }
  | { kind: 'future' }
  | { kind: 'noTotal' }
  | { kind: 'totalTooSmall'; site: SiteId };

/** A record as a person finds it: its place in the file (from 1) and what it says, where that can be read. */
export interface RowRef {
  list: 'days' | 'totals';
  row: number;
  date: string | null;
  site: SiteId | null;
}

export type ImportProblem =
  | { kind: 'tooLarge'; bytes: number; limitBytes: number }
  | { kind: 'notJson' }
  | { kind: 'notExport' }
  | { kind: 'newerVersion'; version: number; supported: number }
  | { kind: 'unknownVersion' }
  | { kind: 'exportedAt' }
  | { kind: 'timeZone'; value: string | null }
  | { kind: 'noList'; list: 'days' | 'totals' }
  | { kind: 'tooMany'; list: 'days' | 'totals'; max: number }
  | { kind: 'settings' }
  | { kind: 'unknownPart'; name: string }
  | { kind: 'row'; at: RowRef; problem: RowProblem };

/** The limits the export contract puts on a record, so a problem can say them. */
export interface RecordLimits {
  daySeconds: number;
  hourSeconds: number;
  count: number;
}

/** Problems our own refinements report (through zod's `params`). */
export type RefinementProblem = 'notCalendarDate' | 'hoursDoNotAddUp' | 'notTimeZone' | 'twice';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const NUMBER_FIELDS: readonly string[] = ['activeSeconds', 'videos', 'sessions', 'notInterested'];
const isSite = (value: unknown): value is SiteId => (SITE_IDS as readonly unknown[]).includes(value);

/** Where a record is, with the date and site it gives when they are valid ones. */
export function rowRef(
  list: 'days' | 'totals',
  index: number,
  row: unknown,
  isDate: (value: string) => boolean,
): RowRef {
  const date = isRecord(row) && typeof row.date === 'string' && isDate(row.date) ? row.date : null;
  const site = list === 'days' && isRecord(row) && isSite(row.site) ? row.site : null;
  return { list, row: index + 1, date, site };
}

function refinement(issue: z.core.$ZodIssue): RefinementProblem | undefined {
  return issue.code === 'custom' ? (issue.params?.problem as RefinementProblem | undefined) : undefined;
}

/** What is wrong with one field of a record, judged from the value itself (zod said that something is). */
function fieldProblem(field: RecordField, value: unknown, rest: PropertyKey[], limits: RecordLimits): RowProblem {
  if (value === undefined) return { kind: 'missing', field };
  if (field === 'date') return { kind: 'badDate', value: String(value) };
  if (field === 'site') return { kind: 'unknownSite', value: String(value) };
  if (field === 'hourly') {
    const hour = rest[0];
    if (!Array.isArray(value) || typeof hour !== 'number') return { kind: 'hourlyNot24' };
    const seconds = value[hour];
    const problem =
      typeof seconds !== 'number' || !Number.isFinite(seconds) ? 'notNumber' : seconds < 0 ? 'negative' : 'tooLarge';
    return { kind: 'hour', hour, problem, max: limits.hourSeconds };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'notNumber', field };
  if (value < 0) return { kind: 'negative', field };
  if (field !== 'activeSeconds' && !Number.isInteger(value)) return { kind: 'notWhole', field };
  return { kind: 'tooLarge', field, max: field === 'activeSeconds' ? limits.daySeconds : limits.count };
}

function recordProblem(issue: z.core.$ZodIssue, row: unknown, rest: PropertyKey[], limits: RecordLimits): RowProblem {
  const [field, ...inner] = rest;
  if (field === undefined) {
    if (issue.code === 'unrecognized_keys') return { kind: 'unknownField', name: issue.keys[0] ?? '' };
    const refined = refinement(issue);
    if (refined === 'hoursDoNotAddUp') return { kind: 'hoursDoNotAddUp' };
    if (refined === 'twice') return { kind: 'twice' };
    return { kind: 'notRecord' };
  }
  const known = ['date', 'site', 'hourly', ...NUMBER_FIELDS];
  if (typeof field !== 'string' || !known.includes(field) || !isRecord(row)) return { kind: 'notRecord' };
  return fieldProblem(field as RecordField, row[field], inner, limits);
}

/**
 * The first thing wrong with a parsed JSON value that the export contract refused, told from zod's first issue
 * and the value itself. Checks that come before the contract (the format and its version) are made here first, so
 * a file from another app or a newer version says so, whatever else is in it.
 */
export function importProblem(
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
  contract: {
    format: string;
    /** The version this build writes; `versions`, every version it still reads (this one by default). */
    version: number;
    versions?: readonly number[];
    limits: RecordLimits;
    isDate: (value: string) => boolean;
  },
): ImportProblem {
  if (!isRecord(raw) || raw.format !== contract.format) return { kind: 'notExport' };
  if (!(contract.versions ?? [contract.version]).includes(raw.version as number)) {
    return typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > contract.version
      ? { kind: 'newerVersion', version: raw.version, supported: contract.version }
      : { kind: 'unknownVersion' };
  }
  const issue = issues[0];
  const [part, index, ...rest] = issue?.path ?? [];
  if (!issue || part === undefined) {
    if (issue?.code === 'unrecognized_keys') return { kind: 'unknownPart', name: issue.keys[0] ?? '' };
    return { kind: 'notExport' };
  }
  switch (part) {
    case 'exportedAt':
      return { kind: 'exportedAt' };
    case 'timeZone':
      return { kind: 'timeZone', value: typeof raw.timeZone === 'string' ? raw.timeZone : null };
    case 'settings':
      return { kind: 'settings' };
    case 'days':
    case 'totals': {
      const list = raw[part];
      if (!Array.isArray(list)) return { kind: 'noList', list: part };
      if (typeof index !== 'number') {
        const max = issue.code === 'too_big' ? Number(issue.maximum) : list.length;
        return { kind: 'tooMany', list: part, max };
      }
      const row = list[index];
      return {
        kind: 'row',
        at: rowRef(part, index, row, contract.isDate),
        problem: recordProblem(issue, row, rest, contract.limits),
      };
    }
    default:
      return { kind: 'notExport' };
  }
}
