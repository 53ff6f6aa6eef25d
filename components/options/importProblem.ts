import { i18n } from '#i18n';
import type { ImportProblem, NumberField, RecordField, RowProblem, RowRef } from '@/lib/export/problems';
import { siteById } from '@/lib/sites/catalog';
import type { SiteId } from '@/lib/sites/types';
import { localName, perLocale } from '../i18n';

// A file refused for import, in words a person can act on (under `importErrors` in locales/*.yml): the record as
// they would find it (row, date in the UI language, site) and what is wrong with it.

const format = perLocale((locale) => ({
  // An export's dates are calendar dates: formatted as if in UTC so no time zone moves them to another day.
  date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  hour: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }),
  count: new Intl.NumberFormat(locale),
  hours: new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
  megabytes: new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }),
}));

const date = (value: string) => format().date.format(Date.parse(`${value}T00:00:00Z`));
const site = (id: SiteId) => localName(siteById(id).name);
const megabytes = (bytes: number) => format().megabytes.format(bytes / (1024 * 1024));
/** 14:00–15:00. */
const hourOfDay = (hour: number) =>
  i18n.t('importErrors.hourRange', {
    from: format().hour.format(Date.UTC(2026, 0, 1, hour)),
    to: format().hour.format(Date.UTC(2026, 0, 1, hour + 1)),
  });

function field(name: RecordField): string {
  switch (name) {
    case 'date':
      return i18n.t('importErrors.fields.date');
    case 'site':
      return i18n.t('importErrors.fields.site');
    case 'activeSeconds':
      return i18n.t('importErrors.fields.activeSeconds');
    case 'videos':
      return i18n.t('importErrors.fields.videos');
    case 'sessions':
      return i18n.t('importErrors.fields.sessions');
    case 'notInterested':
      return i18n.t('importErrors.fields.notInterested');
    case 'hourly':
      return i18n.t('importErrors.fields.hourly');
  }
}

/** A field's limit as the message says it: hours for watching time, a count otherwise. */
const limit = (name: NumberField, max: number) =>
  name === 'activeSeconds' ? format().hours.format(max / 3600) : format().count.format(max);

function rowProblem(problem: RowProblem, list: RowRef['list']): string {
  switch (problem.kind) {
    case 'notRecord':
      return i18n.t('importErrors.problems.notRecord');
    case 'missing':
      return i18n.t('importErrors.problems.missing', { field: field(problem.field) });
    case 'notNumber':
      return i18n.t('importErrors.problems.notNumber', { field: field(problem.field) });
    case 'negative':
      return i18n.t('importErrors.problems.negative', { field: field(problem.field) });
    case 'tooLarge':
      return i18n.t('importErrors.problems.tooLarge', {
        field: field(problem.field),
        max: limit(problem.field, problem.max),
      });
    case 'notWhole':
      return i18n.t('importErrors.problems.notWhole', { field: field(problem.field) });
    case 'badDate':
      return i18n.t('importErrors.problems.badDate', { value: problem.value });
    case 'unknownSite':
      return i18n.t('importErrors.problems.unknownSite', { value: problem.value });
    case 'hourlyNot24':
      return i18n.t('importErrors.problems.hourlyNot24');
    case 'hour': {
      const hour = hourOfDay(problem.hour);
      if (problem.problem === 'notNumber') return i18n.t('importErrors.problems.hourNotNumber', { hour });
      if (problem.problem === 'negative') return i18n.t('importErrors.problems.hourNegative', { hour });
      return i18n.t('importErrors.problems.hourTooLarge', { hour, max: format().hours.format(problem.max / 3600) });
    }
    case 'hoursDoNotAddUp':
      return i18n.t('importErrors.problems.hoursDoNotAddUp');
    case 'unknownField':
      return i18n.t('importErrors.problems.unknownField', { name: problem.name });
    case 'twice':
      return list === 'days' ? i18n.t('importErrors.problems.dayTwice') : i18n.t('importErrors.problems.totalTwice');
    case 'future':
      return i18n.t('importErrors.problems.future');
    case 'noTotal':
      return i18n.t('importErrors.problems.noTotal');
    case 'totalTooSmall':
      return i18n.t('importErrors.problems.totalTooSmall', { site: site(problem.site) });
  }
}

/** "Row 2 (4 March 2025, TikTok): …", with what the record says of itself where it can be read. */
function atRow(at: RowRef, problem: string): string {
  const row = format().count.format(at.row);
  const when = at.date === null ? null : date(at.date);
  if (at.list === 'totals') {
    return when === null
      ? i18n.t('importErrors.totalRow', { row, problem })
      : i18n.t('importErrors.totalRowOn', { row, date: when, problem });
  }
  const where = at.site === null ? null : site(at.site);
  if (when !== null && where !== null) return i18n.t('importErrors.row', { row, date: when, site: where, problem });
  if (when !== null) return i18n.t('importErrors.rowOn', { row, date: when, problem });
  if (where !== null) return i18n.t('importErrors.rowOnSite', { row, site: where, problem });
  return i18n.t('importErrors.rowOnly', { row, problem });
}

/** The sentence the options page shows for a refused file. */
export function describeImportProblem(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return i18n.t('importErrors.tooLarge', { size: megabytes(problem.bytes), limit: megabytes(problem.limitBytes) });
    case 'notJson':
      return i18n.t('importErrors.notJson');
    case 'notExport':
      return i18n.t('importErrors.notExport');
    case 'newerVersion':
      return i18n.t('importErrors.newerVersion');
    case 'unknownVersion':
      return i18n.t('importErrors.unknownVersion');
    case 'exportedAt':
      return i18n.t('importErrors.exportedAt');
    case 'timeZone':
      return problem.value === null
        ? i18n.t('importErrors.noTimeZone')
        : i18n.t('importErrors.timeZone', { zone: problem.value });
    case 'noList':
      return problem.list === 'days' ? i18n.t('importErrors.noDays') : i18n.t('importErrors.noTotals');
    case 'tooMany': {
      const max = format().count.format(problem.max);
      return problem.list === 'days'
        ? i18n.t('importErrors.tooManyDays', { max })
        : i18n.t('importErrors.tooManyTotals', { max });
    }
    case 'settings':
      return i18n.t('importErrors.settings');
    case 'unknownPart':
      return i18n.t('importErrors.unknownPart', { name: problem.name });
    case 'row':
      return atRow(problem.at, rowProblem(problem.problem, problem.at.list));
  }
}
