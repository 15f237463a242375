// The one entry point that the server, the CLI and the tests share: text in, Analysis out. Never throws, except
// Cancelled when the caller's isCancelled says so.
import { parseArticle } from './article';
import { findDates, type DateOptions } from './dates';
import type { KnowledgeBase } from './knowledge';
import { buildLeaderIndex, findLeaders, type LeaderOptions } from './leaders';
import { reanalyzeWindow } from './incremental';
import { findQuotes, type QuoteOptions } from './quotes';
import { findSuppressions, isSuppressed } from './suppressions';
import type { Analysis, Article, Finding, MarkStyle, Quote } from './types';

export type { Analysis } from './types';

export interface Settings extends DateOptions, LeaderOptions, QuoteOptions {
  /** Reference date for articles whose front matter has none; null: leave relative dates unresolved. */
  fallbackReferenceDate: string | null;
}

export const defaultSettings: Settings = {
  numericOrder: 'month-first',
  houseSpellings: {},
  doubledApostrophes: false,
  fallbackReferenceDate: null,
};

export interface AnalyzeOptions {
  /** Overrides the front matter's date. */
  referenceDate?: string | null;
  /** Asked between stages; when it answers true, analyze throws Cancelled instead of finishing a pass nobody needs. */
  isCancelled?: () => boolean;
  /** The whole document's use of quotation marks, when the text is a part of it (the quick pass after an edit). */
  markStyle?: MarkStyle;
}

/** Thrown by analyze when its caller cancelled it (AnalyzeOptions.isCancelled). */
export class Cancelled extends Error {
  constructor() {
    super('the analysis was cancelled');
  }
}

export interface LanguageService {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * The analysis of `text`, an edited version of `previous`'s text, computed from the edited paragraphs only;
   * null when the edit cannot be handled that way (front matter, large edits), and a whole analysis is needed.
   * `previous` is consumed (its dates, mentions and quotes move into the result): do not read it afterwards.
   */
  reanalyze(previous: Analysis, text: string, options?: AnalyzeOptions): Analysis | null;
}

export interface LanguageServiceOptions {
  knowledge: KnowledgeBase;
  settings?: Partial<Settings>;
  /** Where internal errors are reported (the server's log); they also become findings. */
  log?: (message: string) => void;
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const settings: Settings = { ...defaultSettings, ...options.settings };
  const leaderIndex = buildLeaderIndex(options.knowledge);
  const log = options.log ?? (() => {});

  const service: LanguageService = {
    reanalyze(previous, text, analyzeOptions = {}) {
      try {
        return reanalyzeWindow(previous, text, (part) => service.analyze(part, { ...analyzeOptions, markStyle: previous.markStyle }));
      } catch (error) {
        if (error instanceof Cancelled) throw error;
        log(`newslens: incremental analysis failed, falling back to a whole pass: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      }
    },
    analyze(text, analyzeOptions = {}) {
      const failures: Finding[] = [];
      const guard = <T>(stage: string, fallback: T, run: () => T): T => {
        if (analyzeOptions.isCancelled?.()) throw new Cancelled();
        try {
          return run();
        } catch (error) {
          const detail = error instanceof Error ? error.stack ?? error.message : String(error);
          log(`newslens: ${stage} failed: ${detail}`);
          failures.push({
            start: 0,
            end: 0,
            severity: 'error',
            code: 'internal.error',
            message: `newslens could not finish the ${stage} analysis of this document (${error instanceof Error ? error.message : String(error)}). Other findings are still shown; please report this.`,
          });
          return fallback;
        }
      };
      const article = guard('article', emptyArticle(text), () =>
        parseArticle(text, { referenceDate: analyzeOptions.referenceDate, fallbackReferenceDate: settings.fallbackReferenceDate }),
      );
      const dates = guard('dates', { dates: [], findings: [] }, () => findDates(article, settings));
      const people = guard('leaders', { leaders: [], people: [], findings: [] }, () => findLeaders(article, leaderIndex, settings));
      const noQuotes: { quotes: Quote[]; findings: Finding[]; markStyle?: MarkStyle } = { quotes: [], findings: [] };
      const quotes = guard('quotes', noQuotes, () =>
        findQuotes(article, { leaders: people.leaders, people: people.people, markStyle: analyzeOptions.markStyle, doubledApostrophes: settings.doubledApostrophes }),
      );
      const suppressions = text.includes('newslens-') ? findSuppressions(text) : [];
      const findings: Finding[] = [];
      // A surname inside a quotation is the speaker's wording, not the reporter's first reference.
      const quoted = (f: Finding) => f.code === 'leader.first-reference' && quotes.quotes.some((q) => q.kind !== 'scare' && q.start <= f.start && f.end <= q.end);
      for (const list of [article.findings, dates.findings, people.findings.filter((f) => !quoted(f)), quotes.findings, failures]) {
        for (const f of list) if (!suppressions.length || !isSuppressed(f, suppressions)) findings.push(f);
      }
      findings.sort((a, b) => a.start - b.start || a.end - b.end);
      return { article, dates: dates.dates, leaders: people.leaders, people: people.people, quotes: quotes.quotes, findings, markStyle: quotes.markStyle };
    },
  };
  return service;
}

function emptyArticle(text: string): Article {
  return {
    text,
    frontMatter: null,
    body: { start: 0, end: text.length },
    title: null,
    referenceDate: null,
    referenceDateSource: null,
    timezone: null,
    dateline: null,
    paragraphs: [],
    sentences: [],
    findings: [],
  };
}
