/**
 * Errors and notices leave the gateway (exec results, the wire endpoint, the audit trail) without the data values
 * PostgreSQL may quote in them, when masking rules are set. A value reaches a message in many ways: `Key (email)=(…)`,
 * `invalid input syntax for type integer: "…"`, and any function or cast that echoes its argument (`relation "…" does
 * not exist` from `email::regclass`, `unrecognized configuration parameter "…"` from `current_setting(email)`). So the
 * table is closed: a message passes only in a form listed below, every placeholder masked (a message of another form
 * can put a value where a form has a name, so no placeholder is trusted; the names stay in the error's own fields:
 * schema, table, column, constraint); any other message is withheld with its SQLSTATE (the database's own log keeps
 * it). A message raised by PL/pgSQL `RAISE` is user text that can quote
 * anything in any form: it is withheld whole. `__tests__/gateway/error-redaction.test.ts` checks every message
 * template of PostgreSQL's catalog against this. Messages in another language than English (`lc_messages`) match no
 * form and are withheld.
 */
export const REDACTED = '(masked)';
export const DETAIL_WITHHELD = 'detail withheld by migration-guard: masking rules are set (the database log has it)';
export const CONTEXT_WITHHELD = '(context withheld by migration-guard: masking rules are set)';

export function messageWithheld(code: string | undefined): string {
  return `message withheld by migration-guard: masking rules are set and this message may quote data (SQLSTATE ${code || 'unknown'}; the database log has it)`;
}

/** Where an error came from: PostgreSQL's own code, a PL/pgSQL RAISE (user text), or not known (then nothing is kept). */
export type Origin = 'server' | 'raise' | 'unknown';

/** The routine PostgreSQL names (field R) for a PL/pgSQL RAISE. */
const RAISE_ROUTINE = 'exec_stmt_raise';

export function originOf(routine: string | undefined): Origin {
  if (routine === undefined) return 'unknown';
  return routine === RAISE_ROUTINE ? 'raise' : 'server';
}

/** Primary messages that may pass, as PostgreSQL's catalog writes them (`%s`, `%d`, `%u`, `%llu`). */
export const MESSAGE_FORMS: readonly string[] = [
  'duplicate key value violates unique constraint "%s"',
  'null value in column "%s" of relation "%s" violates not-null constraint',
  'null value in column "%s" violates not-null constraint',
  'new row for relation "%s" violates check constraint "%s"',
  'value for domain %s violates check constraint "%s"',
  'insert or update on table "%s" violates foreign key constraint "%s"',
  'update or delete on table "%s" violates foreign key constraint "%s" on table "%s"',
  'conflicting key value violates exclusion constraint "%s"',
  'could not create unique index "%s"',
  'multiple primary keys for table "%s" are not allowed',
  'cannot drop %s because other objects depend on it',
  'relation "%s" already exists',
  'relation "%s" already exists, skipping',
  'column "%s" of relation "%s" already exists',
  'column "%s" of relation "%s" already exists, skipping',
  'schema "%s" already exists',
  'schema "%s" already exists, skipping',
  'type "%s" already exists',
  'extension "%s" already exists, skipping',
  'table "%s" does not exist, skipping',
  'index "%s" does not exist, skipping',
  'prepared statement "%s" already exists',
  'prepared statement "%s" does not exist',
  'bind message supplies %d parameters, but prepared statement "%s" requires %d',
  'permission denied for table %s',
  'permission denied for view %s',
  'permission denied for sequence %s',
  'permission denied for schema %s',
  'must be owner of table %s',
  'must be owner of relation %s',
  'could not obtain lock on relation "%s"',
  'value too long for type character varying(%d)',
  'value too long for type character(%d)',
  'invalid input syntax for type %s: "%s"',
  'invalid input syntax for type %s',
  'invalid input value for enum %s: "%s"',
  'malformed array literal: "%s"',
  'value "%s" is out of range for type %s',
  // Names a cast or a function takes from a value (regclass, regtype, regproc, regnamespace, regrole, current_setting).
  'relation "%s" does not exist',
  'column "%s" does not exist',
  'column "%s" of relation "%s" does not exist',
  'type "%s" does not exist',
  'function %s does not exist',
  'function "%s" does not exist',
  'no partition of relation "%s" found for row',
  'schema "%s" does not exist',
  'role "%s" does not exist',
  'operator does not exist: %s',
  'unrecognized configuration parameter "%s"',
  '%s at or near "%s"',
  '%s at end of input',
  'current transaction is aborted, commands ignored until end of transaction block',
  'there is no transaction in progress',
  'there is already a transaction in progress',
  'canceling statement due to statement timeout',
  'canceling statement due to lock timeout',
  'canceling statement due to user request',
  'deadlock detected',
  'could not serialize access due to concurrent update',
  'could not serialize access due to concurrent delete',
  'could not serialize access due to read/write dependencies among transactions',
  'division by zero',
  'integer out of range',
  'bigint out of range',
  'smallint out of range',
  'numeric field overflow',
  'terminating connection due to administrator command',
  'terminating connection due to conflict with recovery',
  'terminating connection due to idle-in-transaction timeout',
  'terminating connection due to idle-session timeout',
  'terminating connection due to immediate shutdown command',
  'terminating connection because of crash of another server process',
  'the database system is shutting down',
  'the database system is in recovery mode',
];

/** Lines of a CONTEXT (field W) that may pass. */
export const CONTEXT_FORMS: readonly string[] = [
  'PL/pgSQL function %s line %d at %s',
  'PL/pgSQL function %s line %d at SQL statement',
  'SQL statement "%s"',
  'COPY %s, line %llu, column %s: "%s"',
  'COPY %s, line %llu, column %s',
  'COPY %s, line %llu: "%s"',
  'COPY %s, line %llu',
  'JSON data, line %d: %s',
];

interface Form {
  pattern: RegExp;
  /** The literal text around the placeholders, to rebuild the message. */
  pieces: string[];
}

const PLACEHOLDER = /%(?:s|d|u|llu|lld|ld|lu|zu)/g;

function compile(template: string): Form {
  const pieces = template.split(PLACEHOLDER);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { pattern: new RegExp(`^${pieces.map(escape).join('[\\s\\S]*')}$`), pieces };
}

const MESSAGES = MESSAGE_FORMS.map(compile);
const CONTEXTS = CONTEXT_FORMS.map(compile);

/** The text in the first form it has, every placeholder masked; undefined when it has none (or is a RAISE's). */
function inForm(text: string, forms: readonly Form[], origin: Origin): string | undefined {
  if (origin === 'raise') return undefined;
  return forms.find((form) => form.pattern.test(text))?.pieces.join(REDACTED);
}

/** A primary message (field M). */
export function redactMessage(text: string, origin: Origin = 'unknown', code?: string): string {
  return inForm(text, MESSAGES, origin) ?? messageWithheld(code);
}

/** A database error's message as a client may see it: redacted while masking rules are set. */
export function shownMessage(error: Error & { code?: string; routine?: string }, masking: boolean): string {
  return masking ? redactMessage(error.message, originOf(error.routine), error.code) : error.message;
}

/** A CONTEXT (field W), line by line. */
export function redactContext(text: string, origin: Origin = 'unknown'): string {
  return text
    .split('\n')
    .map((line) => inForm(line, CONTEXTS, origin) ?? CONTEXT_WITHHELD)
    .join('\n');
}

// The end of a key's DETAIL, which names no value except in a conflicting key (exclusion constraints).
const KEY_ENDING = / (already exists|is duplicated|is not present in table "[^"]*"|is still referenced from table "[^"]*")\.$/;

/** A DETAIL (D): the values of the forms that carry them are replaced, their columns kept; any other form is withheld. */
export function redactDetail(text: string, origin: Origin = 'server'): string {
  if (origin === 'raise') return DETAIL_WITHHELD;
  const key = /^Key \((.*?)\)=\(/.exec(text);
  if (key) return `Key (${key[1]})=(${REDACTED})${KEY_ENDING.exec(text)?.[0] ?? '.'}`;
  if (text.startsWith('Failing row contains (')) return `Failing row contains (${REDACTED}).`;
  const partition = /^Partition key of the failing row contains \((.*?)\) = \(/.exec(text);
  if (partition) return `Partition key of the failing row contains (${partition[1]}) = (${REDACTED}).`;
  return DETAIL_WITHHELD;
}

/** Fields that name catalog objects (schema, table, column, type, constraint) or a query: user text after a RAISE. */
const NAMING_FIELDS = new Set(['s', 't', 'c', 'd', 'n']);

/**
 * The fields of one ErrorResponse or NoticeResponse (protocol codes: S severity, C SQLSTATE, M message, D detail,
 * H hint, W context, q internal query, R routine, …) as they may leave the gateway while masking rules are set.
 */
export function redactFields(fields: ReadonlyMap<string, string>): Map<string, string> {
  const origin = originOf(fields.get('R'));
  const out = new Map<string, string>();
  for (const [code, value] of fields) {
    if (code === 'M') out.set(code, redactMessage(value, origin, fields.get('C')));
    else if (code === 'D') out.set(code, redactDetail(value, origin));
    else if (code === 'W') out.set(code, redactContext(value, origin));
    else if (code === 'H') {
      if (origin === 'server') out.set(code, value);
    } else if (code === 'q') out.set(code, REDACTED);
    else if (NAMING_FIELDS.has(code)) {
      if (origin === 'server') out.set(code, value);
    } else out.set(code, value);
  }
  return out;
}
