// The `newslens.*` settings: read, validated, and defaulted with a message naming any bad value.
import { isValidIsoDate } from './analysis/article';
import type { Settings } from './analysis/index';
import type { SeverityOverride } from './analysis/severity';
import type { DiagnosticSettings } from './features/diagnostics';

export interface ServerSettings extends Settings, DiagnosticSettings {
  languages: string[];
  inlayHints: boolean;
  leaderFiles: string[];
  /** Documents larger than this many bytes get a notice instead of analysis. */
  maxFileSize: number;
  maxAnnotations: number;
}

export const defaultServerSettings: ServerSettings = {
  languages: ['news-article'],
  numericOrder: 'month-first',
  houseSpellings: {},
  doubledApostrophes: false,
  fallbackReferenceDate: null,
  severities: {},
  showAnnotations: true,
  maxAnnotations: 1000,
  inlayHints: true,
  leaderFiles: [],
  maxFileSize: 5 * 1024 * 1024,
};

const SEVERITIES = new Set<SeverityOverride>(['off', 'hint', 'information', 'warning', 'error']);
const LANGUAGES = new Set(['news-article', 'markdown', 'plaintext']);

/** Reads the `newslens` configuration section. Never throws: bad values fall back to defaults with a problem. */
export function readSettings(raw: unknown): { settings: ServerSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: ServerSettings = { ...defaultServerSettings, houseSpellings: {}, severities: {} };
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== 'object') return { settings, problems: ['newslens: settings must be an object; defaults used.'] };
  const section = raw as Record<string, unknown>;
  const get = (path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), section);
  const bad = (name: string, expected: string, value: unknown) =>
    problems.push(`Setting newslens.${name} has an invalid value ${JSON.stringify(value)}: expected ${expected}. The default is used.`);
  /** A true-or-false setting, applied with `set` when it is one. */
  const flag = (name: string, set: (value: boolean) => void) => {
    const value = get(name);
    if (value === undefined) return;
    if (typeof value === 'boolean') set(value);
    else bad(name, 'true or false', value);
  };

  const languages = get('languages');
  if (languages !== undefined) {
    if (Array.isArray(languages) && languages.every((l) => typeof l === 'string' && LANGUAGES.has(l))) settings.languages = languages as string[];
    else bad('languages', 'a list of "news-article", "markdown", "plaintext"', languages);
  }
  const referenceDate = get('referenceDate');
  if (referenceDate !== undefined && referenceDate !== '' && referenceDate !== null) {
    if (typeof referenceDate === 'string' && isValidIsoDate(referenceDate)) settings.fallbackReferenceDate = referenceDate;
    else bad('referenceDate', 'a date written YYYY-MM-DD, or empty', referenceDate);
  }
  const numericOrder = get('dates.numericOrder');
  if (numericOrder !== undefined) {
    if (numericOrder === 'month-first' || numericOrder === 'day-first') settings.numericOrder = numericOrder;
    else bad('dates.numericOrder', '"month-first" or "day-first"', numericOrder);
  }
  flag('quotes.doubledApostrophes', (v) => (settings.doubledApostrophes = v));
  const severity = get('severity');
  if (severity !== undefined) {
    if (severity && typeof severity === 'object' && !Array.isArray(severity)) {
      for (const [code, level] of Object.entries(severity)) {
        if (typeof level === 'string' && SEVERITIES.has(level as SeverityOverride)) settings.severities[code] = level as SeverityOverride;
        else bad(`severity["${code}"]`, 'one of off, hint, information, warning, error', level);
      }
    } else bad('severity', 'an object mapping rule codes to off/hint/information/warning/error', severity);
  }
  flag('annotations.show', (v) => (settings.showAnnotations = v));
  const maxAnnotations = get('annotations.max');
  if (maxAnnotations !== undefined) {
    if (Number.isInteger(maxAnnotations) && (maxAnnotations as number) >= 0) settings.maxAnnotations = maxAnnotations as number;
    else bad('annotations.max', 'a whole number of annotations, 0 or more', maxAnnotations);
  }
  flag('inlayHints.enabled', (v) => (settings.inlayHints = v));
  const spellings = get('leaders.houseSpellings');
  if (spellings !== undefined) {
    if (spellings && typeof spellings === 'object' && !Array.isArray(spellings) && Object.values(spellings).every((v) => typeof v === 'string')) {
      settings.houseSpellings = { ...(spellings as Record<string, string>) };
    } else bad('leaders.houseSpellings', 'an object mapping a variant spelling to the house spelling', spellings);
  }
  const files = get('leaders.files');
  if (files !== undefined) {
    if (Array.isArray(files) && files.every((f) => typeof f === 'string')) settings.leaderFiles = files as string[];
    else bad('leaders.files', 'a list of file paths', files);
  }
  const maxFileSize = get('maxFileSizeMB');
  if (maxFileSize !== undefined) {
    if (typeof maxFileSize === 'number' && maxFileSize > 0 && maxFileSize <= 1024) settings.maxFileSize = Math.round(maxFileSize * 1024 * 1024);
    else bad('maxFileSizeMB', 'a number of megabytes between 0 and 1024', maxFileSize);
  }
  return { settings, problems };
}
