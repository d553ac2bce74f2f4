/**
 * Splits a migration file into statements and client directives, knowing each dialect's quoting and comment
 * rules, client directives (psql meta-commands, DELIMITER) and MySQL executable comments. It never decides what
 * a statement means; it only finds where statements start and end, and the tokens and comments of each.
 */
import type { Dialect } from './types.js';

export type TokenType = 'word' | 'quoted' | 'string' | 'number' | 'punct' | 'param';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** Upper-cased text for words, the unquoted value for strings and quoted identifiers, the raw text otherwise. */
  value: string;
  /** Words only: the text as written (identifiers keep their case in MySQL). */
  raw?: string;
}

export interface Comment {
  start: number;
  end: number;
  text: string;
}

export interface Segment {
  kind: 'sql' | 'meta' | 'delimiter';
  start: number;
  /** Exclusive; excludes the terminating delimiter. */
  end: number;
  tokens: Token[];
  /** Ranges inside the statement that the database never sees as code (executable-comment markers). */
  hidden: Array<[number, number]>;
  /** Comments between the previous statement and this one, closest last (for inline exemptions). */
  comments: Comment[];
  /**
   * psql `COPY … FROM STDIN;` followed by its data in the script: the data lines (`data` start to end) and the
   * `\.` line that ends them (to `dataEnd`). The rows are part of the statement's text, so of its digest.
   */
  copyData?: { start: number; end: number; dataEnd: number };
}

const isWordStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
const isWordPart = (c: number) => isWordStart(c) || (c >= 48 && c <= 57) || c === 36;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;

/** Splits `text` into statements and client directives. Never throws: unterminated constructs run to the end. */
export function splitStatements(text: string, dialect: Dialect): Segment[] {
  return new StatementSplitter(text, dialect).split();
}

/**
 * One pass over the text. Each construct has its own method, tried in a fixed order at every position; a method
 * that recognises its construct consumes it and returns true.
 */
class StatementSplitter {
  private readonly postgres: boolean;
  private readonly mysqlFamily: boolean;
  private readonly n: number;
  private readonly segments: Segment[] = [];
  private delimiter = ';';
  private tokens: Token[] = [];
  private hidden: Array<[number, number]> = [];
  private comments: Comment[] = [];
  private stmtStart = -1;
  private parenDepth = 0;
  /** BEGIN ATOMIC / CASE … END in PostgreSQL (MySQL BEGIN … END bodies rely on DELIMITER). */
  private blockDepth = 0;
  /** Nesting inside MySQL executable comments `/*! … *\/`. */
  private execCommentDepth = 0;
  /** MySQL strings honour backslash escapes unless the script turns on NO_BACKSLASH_ESCAPES. */
  private backslashEscapes: boolean;
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly dialect: Dialect,
  ) {
    this.postgres = dialect === 'postgres';
    this.mysqlFamily = dialect === 'mysql' || dialect === 'mariadb';
    this.backslashEscapes = this.mysqlFamily;
    this.n = text.length;
  }

  split(): Segment[] {
    while (this.i < this.n) {
      const c = this.text.charCodeAt(this.i);
      if (isSpace(c)) {
        this.i++;
        continue;
      }
      // prettier-ignore
      void (this.delimiterDirective(c) || this.customDelimiter() || this.semicolon(c) || this.metaCommand(c) || this.lineComment(c) ||
        this.blockComment(c) || this.executableCommentEnd(c) || this.quoted(c) || this.dollar(c) || this.number(c) || this.word(c) || this.punct(c));
    }
    this.flush(this.trimRight(this.stmtStart < 0 ? this.n : this.stmtStart, this.n));
    return this.segments;
  }

  /** `DELIMITER x` at the start of a statement (mysql client, also seen in some PostgreSQL runners). */
  private delimiterDirective(c: number): boolean {
    if (this.tokens.length > 0 || (c !== 100 && c !== 68) || !/^delimiter[ \t]+\S/i.test(this.text.slice(this.i, this.i + 12))) return false;
    const end = this.lineEnd(this.i);
    const line = this.text.slice(this.i, end).trim();
    this.segments.push({ kind: 'delimiter', start: this.i, end: this.trimRight(this.i, end), tokens: [], hidden: [], comments: [] });
    this.comments = [];
    this.delimiter = line.split(/\s+/)[1] ?? ';';
    this.i = end;
    return true;
  }

  /** A delimiter other than ';' ends a statement wherever it appears outside quotes and comments. */
  private customDelimiter(): boolean {
    if (this.delimiter === ';' || !this.text.startsWith(this.delimiter, this.i)) return false;
    this.endStatement();
    this.i += this.delimiter.length;
    return true;
  }

  /** ';' ends a statement outside parentheses and blocks (always in PostgreSQL; in MySQL only while it is the delimiter). */
  private semicolon(c: number): boolean {
    if (c !== 59) return false;
    if ((this.delimiter === ';' || this.postgres) && this.parenDepth === 0 && this.blockDepth === 0) {
      const copy = this.postgres && isCopyFromStdin(this.tokens);
      this.endStatement();
      this.i++;
      if (copy) this.copyData();
      return true;
    }
    this.push('punct', this.i, this.i + 1, ';');
    this.i++;
    return true;
  }

  /** psql reads a COPY … FROM STDIN's rows from the script itself: the lines after it, up to a line `\.`. */
  private copyData() {
    const segment = this.segments[this.segments.length - 1];
    if (!segment) return;
    const start = this.lineEnd(this.i) + 1;
    if (start >= this.n) return; // nothing follows: the rows come from elsewhere (psql's stdin)
    let line = start;
    while (line < this.n) {
      const end = this.lineEnd(line);
      if (this.text.slice(line, end).replace(/\r$/, '') === '\\.') {
        segment.copyData = { start, end: line, dataEnd: end };
        this.i = end;
        return;
      }
      line = end + 1;
    }
    // No terminator: psql would read rows to the end of the script.
    segment.copyData = { start, end: this.n, dataEnd: this.n };
    this.i = this.n;
  }

  /** psql meta-command: a backslash outside quotes runs to the end of the line and ends any pending query. */
  private metaCommand(c: number): boolean {
    if (!this.postgres || c !== 92) return false;
    this.endStatement();
    const end = this.lineEnd(this.i);
    this.segments.push({ kind: 'meta', start: this.i, end: this.trimRight(this.i, end), tokens: [], hidden: [], comments: this.comments });
    this.comments = [];
    this.i = end;
    return true;
  }

  /** `-- …` (in MySQL only when followed by whitespace: `1--1` is arithmetic) and MySQL's `# …`. */
  private lineComment(c: number): boolean {
    const { text, i } = this;
    const dashes = c === 45 && text.charCodeAt(i + 1) === 45 && (!this.mysqlFamily || i + 2 >= this.n || text.charCodeAt(i + 2) <= 32);
    if (!dashes && !(c === 35 && this.mysqlFamily)) return false;
    const end = this.lineEnd(i);
    this.comments.push({ start: i, end, text: text.slice(i, end) });
    this.i = end;
    return true;
  }

  /** `/* … *\/` (nested in PostgreSQL), or the opening of a MySQL/MariaDB executable comment, whose inside is code. */
  private blockComment(c: number): boolean {
    const { text, i, n } = this;
    if (c !== 47 || text.charCodeAt(i + 1) !== 42) return false;
    const mariadbExecutable = this.dialect === 'mariadb' && text.charCodeAt(i + 2) === 77 /* M */ && text.charCodeAt(i + 3) === 33;
    if ((this.mysqlFamily && text.charCodeAt(i + 2) === 33 /* ! */) || mariadbExecutable) {
      // /*!NNNNN code */ and /*M!NNNNNN code */ are code the server runs: hide the markers, lex the inside.
      let j = i + (mariadbExecutable ? 4 : 3);
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (this.stmtStart < 0) this.stmtStart = i;
      this.hidden.push([i, j]);
      this.execCommentDepth++;
      this.i = j;
      return true;
    }
    let depth = 1;
    let j = i + 2;
    while (j < n && depth > 0) {
      if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 47) {
        depth--;
        j += 2;
      } else if (this.postgres && text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42) {
        depth++;
        j += 2;
      } else j++;
    }
    this.comments.push({ start: i, end: j, text: text.slice(i, j) });
    this.i = j;
    return true;
  }

  /** The `*\/` that closes an executable comment is hidden like its opening marker. */
  private executableCommentEnd(c: number): boolean {
    if (this.execCommentDepth === 0 || c !== 42 || this.text.charCodeAt(this.i + 1) !== 47) return false;
    this.hidden.push([this.i, this.i + 2]);
    this.execCommentDepth--;
    this.i += 2;
    return true;
  }

  /** Strings and quoted identifiers: '…' (E'…' escapes in PostgreSQL), "…" (a string in MySQL), `…`, and SQLite's […]. */
  private quoted(c: number): boolean {
    const { text, i } = this;
    let end: number;
    if (c === 39) {
      const escapes = this.backslashEscapes || (this.postgres && this.followsEscapePrefix(i));
      end = scanQuoted(text, i, 39, escapes);
      this.push('string', i, end, unquote(text.slice(i + 1, end - 1), "'"));
    } else if (c === 34) {
      end = scanQuoted(text, i, 34, this.backslashEscapes);
      this.push(this.mysqlFamily ? 'string' : 'quoted', i, end, unquote(text.slice(i + 1, end - 1), '"'));
    } else if (c === 96 && !this.postgres) {
      end = scanQuoted(text, i, 96, false);
      this.push('quoted', i, end, unquote(text.slice(i + 1, end - 1), '`'));
    } else if (c === 91 && this.dialect === 'sqlite') {
      const close = text.indexOf(']', i + 1);
      end = close < 0 ? this.n : close + 1;
      this.push('quoted', i, end, text.slice(i + 1, end - 1));
    } else return false;
    this.i = end;
    return true;
  }

  /** PostgreSQL `$tag$ … $tag$` strings and `$1` parameters. */
  private dollar(c: number): boolean {
    if (c !== 36 || !this.postgres) return false;
    const { text, i, n } = this;
    const tag = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
    if (tag) {
      const close = text.indexOf(tag[0], i + tag[0].length);
      const end = close < 0 ? n : close + tag[0].length;
      this.push('string', i, end, text.slice(i + tag[0].length, close < 0 ? n : close));
      this.i = end;
      return true;
    }
    let j = i + 1;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    this.push('param', i, j, text.slice(i, j));
    this.i = j === i + 1 ? i + 1 : j;
    return true;
  }

  private number(c: number): boolean {
    const { text, i, n } = this;
    if (!isDigit(c) && !(c === 46 && isDigit(text.charCodeAt(i + 1)))) return false;
    let j = i + 1;
    while (j < n && (isWordPart(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
    this.push('number', i, j, text.slice(i, j));
    this.i = j;
    return true;
  }

  private word(c: number): boolean {
    if (!isWordStart(c)) return false;
    const { text, i, n } = this;
    let j = i + 1;
    while (j < n && isWordPart(text.charCodeAt(j))) j++;
    const raw = text.slice(i, j);
    const word = raw.toUpperCase();
    this.push('word', i, j, word, raw);
    if (this.postgres) this.trackPostgresBlocks(word);
    this.i = j;
    return true;
  }

  /** Any other character; parentheses are counted so ';' inside them does not end the statement. */
  private punct(c: number): boolean {
    if (c === 40) this.parenDepth++;
    else if (c === 41 && this.parenDepth > 0) this.parenDepth--;
    this.push('punct', this.i, this.i + 1, this.text[this.i]!);
    this.i++;
    return true;
  }

  /** BEGIN ATOMIC … END (SQL-standard function bodies) contains ';' that do not end the statement. */
  private trackPostgresBlocks(word: string) {
    const tokens = this.tokens;
    const prev = tokens.length > 1 ? tokens[tokens.length - 2]!.value : '';
    if (word === 'ATOMIC' && prev === 'BEGIN') this.blockDepth++;
    else if (word === 'CASE' && this.blockDepth > 0) this.blockDepth++;
    else if (word === 'END' && this.blockDepth > 0) this.blockDepth--;
  }

  private followsEscapePrefix(quote: number): boolean {
    const last = this.tokens[this.tokens.length - 1];
    return !!last && last.end === quote && last.type === 'word' && last.value === 'E';
  }

  private endStatement() {
    this.flush(this.trimRight(this.stmtStart < 0 ? this.i : this.stmtStart, this.i));
  }

  private flush(end: number) {
    const tokens = this.tokens;
    if (this.mysqlFamily && tokens[0]?.value === 'SET' && tokens.some((t) => /NO_BACKSLASH_ESCAPES/i.test(t.value))) this.backslashEscapes = false;
    if (tokens.length > 0) {
      this.segments.push({ kind: 'sql', start: this.stmtStart, end, tokens, hidden: this.hidden, comments: this.comments });
      this.comments = [];
    }
    this.tokens = [];
    this.hidden = [];
    this.stmtStart = -1;
    this.parenDepth = 0;
    this.blockDepth = 0;
  }

  private push(type: TokenType, start: number, end: number, value: string, raw?: string) {
    if (this.stmtStart < 0) this.stmtStart = start;
    this.tokens.push(raw === undefined ? { type, start, end, value } : { type, start, end, value, raw });
  }

  private lineEnd(from: number): number {
    const nl = this.text.indexOf('\n', from);
    return nl < 0 ? this.n : nl;
  }

  private trimRight(from: number, to: number): number {
    while (to > from && isSpace(this.text.charCodeAt(to - 1))) to--;
    return to;
  }
}

function scanQuoted(text: string, start: number, quote: number, backslashEscapes: boolean): number {
  let j = start + 1;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (backslashEscapes && c === 92) {
      j += 2;
      continue;
    }
    if (c === quote) {
      if (text.charCodeAt(j + 1) === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return n;
}

function isCopyFromStdin(tokens: readonly Token[]): boolean {
  if (tokens[0]?.type !== 'word' || tokens[0].value !== 'COPY') return false;
  return tokens.some((t, k) => t.type === 'word' && t.value === 'FROM' && tokens[k + 1]?.type === 'word' && tokens[k + 1]!.value === 'STDIN');
}

/** A statement's text split into the COPY statement and its inline rows, when it is one (see `Segment.copyData`). */
export function inlineCopy(sql: string): { statement: string; data: string } | undefined {
  const segment = splitStatements(sql, 'postgres')[0];
  if (!segment?.copyData) return undefined;
  return { statement: sql.slice(segment.start, segment.end), data: sql.slice(segment.copyData.start, segment.copyData.end) };
}

function unquote(inner: string, quote: string): string {
  return inner.includes(quote) ? inner.split(quote + quote).join(quote) : inner;
}

/** The statement's text as the database would see it: executable-comment markers replaced by spaces. */
export function codeOf(text: string, segment: Segment): string {
  const raw = text.slice(segment.start, segment.end);
  if (segment.hidden.length === 0) return raw;
  const chars = raw.split('');
  for (const [from, to] of segment.hidden) {
    for (let k = Math.max(from, segment.start); k < Math.min(to, segment.end); k++) chars[k - segment.start] = ' ';
  }
  return chars.join('');
}
