/**
 * A small SQL lexer and statement splitter that knows each dialect's quoting and comment rules,
 * client directives (psql meta-commands, DELIMITER) and MySQL executable comments.
 * It never decides what a statement means; it only finds where statements start and end.
 */
import type { Dialect } from '../types.js';

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
}

const isWordStart = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
const isWordPart = (c: number) => isWordStart(c) || (c >= 48 && c <= 57) || c === 36;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;

/** Splits `text` into statements and client directives. Never throws: unterminated constructs run to the end. */
export function splitStatements(text: string, dialect: Dialect): Segment[] {
  const postgres = dialect === 'postgres';
  const mysqlFamily = dialect === 'mysql' || dialect === 'mariadb';
  const segments: Segment[] = [];
  const n = text.length;
  let delimiter = ';';
  let tokens: Token[] = [];
  let hidden: Array<[number, number]> = [];
  let comments: Comment[] = [];
  let stmtStart = -1;
  let parenDepth = 0;
  let blockDepth = 0; // BEGIN ATOMIC / CASE … END in PostgreSQL, BEGIN … END in MySQL routines with ';' delimiter is not tracked
  let execCommentDepth = 0; // inside /*! … */
  // MySQL strings honour backslash escapes unless the script turns on NO_BACKSLASH_ESCAPES.
  let backslashEscapes = mysqlFamily;
  let i = 0;

  const flush = (end: number) => {
    if (mysqlFamily && tokens[0]?.value === 'SET' && tokens.some((t) => /NO_BACKSLASH_ESCAPES/i.test(t.value))) backslashEscapes = false;
    if (tokens.length > 0) {
      segments.push({ kind: 'sql', start: stmtStart, end, tokens, hidden, comments });
      comments = [];
    }
    tokens = [];
    hidden = [];
    stmtStart = -1;
    parenDepth = 0;
    blockDepth = 0;
  };
  const push = (type: TokenType, start: number, end: number, value: string, raw?: string) => {
    if (stmtStart < 0) stmtStart = start;
    tokens.push(raw === undefined ? { type, start, end, value } : { type, start, end, value, raw });
  };
  const lineEnd = (from: number) => {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? n : nl;
  };
  const trimRight = (from: number, to: number) => {
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    return to;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    // Client directive at the start of a statement: DELIMITER x (mysql client, also seen in some PostgreSQL runners).
    if (tokens.length === 0 && (c === 100 || c === 68) && /^delimiter[ \t]+\S/i.test(text.slice(i, i + 12))) {
      const end = lineEnd(i);
      const line = text.slice(i, end).trim();
      const value = line.split(/\s+/)[1] ?? ';';
      segments.push({ kind: 'delimiter', start: i, end: trimRight(i, end), tokens: [], hidden: [], comments: [] });
      comments = [];
      delimiter = value;
      i = end;
      continue;
    }
    // The current delimiter ends a statement (outside parentheses and blocks when it is ';').
    if (delimiter !== ';' && text.startsWith(delimiter, i)) {
      flush(trimRight(stmtStart < 0 ? i : stmtStart, i));
      i += delimiter.length;
      continue;
    }
    if (c === 59 /* ; */) {
      if (delimiter === ';' || postgres) {
        if (parenDepth > 0 || blockDepth > 0) {
          push('punct', i, i + 1, ';');
          i++;
          continue;
        }
        flush(trimRight(stmtStart < 0 ? i : stmtStart, i));
        i++;
        continue;
      }
      push('punct', i, i + 1, ';');
      i++;
      continue;
    }
    // psql meta-command: a backslash outside quotes runs to the end of the line and ends any pending query.
    if (postgres && c === 92 /* \ */) {
      flush(trimRight(stmtStart < 0 ? i : stmtStart, i));
      const end = lineEnd(i);
      segments.push({ kind: 'meta', start: i, end: trimRight(i, end), tokens: [], hidden: [], comments });
      comments = [];
      i = end;
      continue;
    }
    // Comments. In MySQL `--` starts a comment only when followed by whitespace: `1--1` is arithmetic.
    if (c === 45 && text.charCodeAt(i + 1) === 45 && (!mysqlFamily || i + 2 >= n || text.charCodeAt(i + 2) <= 32)) {
      const end = lineEnd(i);
      comments.push({ start: i, end, text: text.slice(i, end) });
      i = end;
      continue;
    }
    if (c === 35 && mysqlFamily) {
      const end = lineEnd(i);
      comments.push({ start: i, end, text: text.slice(i, end) });
      i = end;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const mariadbExecutable = dialect === 'mariadb' && text.charCodeAt(i + 2) === 77 /* M */ && text.charCodeAt(i + 3) === 33;
      if ((mysqlFamily && text.charCodeAt(i + 2) === 33 /* ! */) || mariadbExecutable) {
        // Executable comments: /*!NNNNN code */ (and MariaDB's /*M!NNNNNN code */) are code the server runs. Hide the markers, lex the inside.
        let j = i + (mariadbExecutable ? 4 : 3);
        while (j < n && isDigit(text.charCodeAt(j))) j++;
        if (stmtStart < 0) stmtStart = i;
        hidden.push([i, j]);
        execCommentDepth++;
        i = j;
        continue;
      }
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 47) {
          depth--;
          j += 2;
        } else if (postgres && text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42) {
          depth++; // PostgreSQL block comments nest
          j += 2;
        } else j++;
      }
      comments.push({ start: i, end: j, text: text.slice(i, j) });
      i = j;
      continue;
    }
    if (execCommentDepth > 0 && c === 42 && text.charCodeAt(i + 1) === 47) {
      hidden.push([i, i + 2]);
      execCommentDepth--;
      i += 2;
      continue;
    }
    // Strings.
    if (c === 39 /* ' */) {
      const escapes = backslashEscapes || (postgres && isEscapeStringPrefix(text, i, tokens));
      const end = scanQuoted(text, i, 39, escapes);
      push('string', i, end, unquote(text.slice(i + 1, end - 1), "'"));
      i = end;
      continue;
    }
    if (c === 34 /* " */) {
      const end = scanQuoted(text, i, 34, backslashEscapes);
      push(mysqlFamily ? 'string' : 'quoted', i, end, unquote(text.slice(i + 1, end - 1), '"'));
      i = end;
      continue;
    }
    if (c === 96 /* ` */ && !postgres) {
      const end = scanQuoted(text, i, 96, false);
      push('quoted', i, end, unquote(text.slice(i + 1, end - 1), '`'));
      i = end;
      continue;
    }
    if (c === 91 /* [ */ && dialect === 'sqlite') {
      const close = text.indexOf(']', i + 1);
      const end = close < 0 ? n : close + 1;
      push('quoted', i, end, text.slice(i + 1, end - 1));
      i = end;
      continue;
    }
    if (c === 36 /* $ */ && postgres) {
      const tag = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? n : close + tag[0].length;
        push('string', i, end, text.slice(i + tag[0].length, close < 0 ? n : close));
        i = end;
        continue;
      }
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      push('param', i, j, text.slice(i, j));
      i = j === i + 1 ? i + 1 : j;
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      while (j < n && (isWordPart(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
      push('number', i, j, text.slice(i, j));
      i = j;
      continue;
    }
    if (isWordStart(c)) {
      let j = i + 1;
      while (j < n && isWordPart(text.charCodeAt(j))) j++;
      const raw = text.slice(i, j);
      const word = raw.toUpperCase();
      push('word', i, j, word, raw);
      if (postgres) trackPostgresBlocks(word);
      i = j;
      continue;
    }
    if (c === 40) parenDepth++;
    else if (c === 41 && parenDepth > 0) parenDepth--;
    push('punct', i, i + 1, text[i]!);
    i++;
  }
  flush(trimRight(stmtStart < 0 ? n : stmtStart, n));
  return segments;

  // BEGIN ATOMIC … END (SQL-standard function bodies) contains ';' that do not end the statement.
  function trackPostgresBlocks(word: string) {
    const prev = tokens.length > 1 ? tokens[tokens.length - 2]!.value : '';
    if (word === 'ATOMIC' && prev === 'BEGIN') blockDepth++;
    else if (word === 'CASE' && blockDepth > 0) blockDepth++;
    else if (word === 'END' && blockDepth > 0) blockDepth--;
  }
}

function isEscapeStringPrefix(text: string, quote: number, tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return !!last && last.end === quote && last.type === 'word' && last.value === 'E';
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
