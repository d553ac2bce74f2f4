/**
 * A dialect's front end: the parser that turns one statement into what it does. The scanner sees only this
 * interface; which parser serves which dialect is decided here, once.
 */
import type { Dialect, LocatedOperation } from '../types.js';
import { analyzePostgres, loadPostgresParser } from './postgres.js';
import { analyzeWithSqlParser } from './sqlparser.js';

/** One statement's analysis: its operations, or the parser's error (the scanner then tries the keyword fallback). */
export type Analysis = { parsed: true; ops: LocatedOperation[] } | { parsed: false; error: string };

export interface FrontEnd {
  /** Loads the parser (once per process); `analyze` may be called after it resolves. */
  load(): Promise<void>;
  /** `lineOf(offset)` is the file line of a character offset in `code`, for findings inside routine bodies. */
  analyze(code: string, lineOf: (offset: number) => number): Analysis;
}

const POSTGRES: FrontEnd = { load: loadPostgresParser, analyze: analyzePostgres };

const sqlParserFrontEnd = (dialect: Exclude<Dialect, 'postgres'>): FrontEnd => ({
  load: async () => undefined,
  analyze: (code) => analyzeWithSqlParser(code, dialect),
});

const FRONT_ENDS: Record<Dialect, FrontEnd> = {
  postgres: POSTGRES,
  mysql: sqlParserFrontEnd('mysql'),
  mariadb: sqlParserFrontEnd('mariadb'),
  sqlite: sqlParserFrontEnd('sqlite'),
};

export function frontEndFor(dialect: Dialect): FrontEnd {
  return FRONT_ENDS[dialect];
}
