/**
 * Data values PostgreSQL quotes in its errors and notices: `Key (email)=(a@example.com) already exists`, `invalid
 * input syntax for type integer: "a@example.com"`, `Failing row contains (…)`. With masking rules set, the gateway
 * replaces them before an error leaves it (exec results, the wire endpoint, the audit trail), whatever column they
 * come from: an error does not reliably say. A DETAIL whose form is not known is withheld (the database's own log
 * keeps it), rather than guessed to be free of values. Messages in another language than English (`lc_messages`) are
 * not recognised: their values pass.
 */
export const REDACTED = '(masked)';
export const DETAIL_WITHHELD = 'detail withheld by migration-guard: masking rules are set (the database log has it)';

/** A primary message (M) or a context (W), line by line: a value quoted at the end of a line, or as `value "…"`. */
export function redactMessage(text: string): string {
  return text
    .split('\n')
    .map((line) => quotedAtEnd(line.replace(/^(value |invalid value )".*"( is out of range| for )/, `$1"${REDACTED}"$2`).replace(/^(JSON data, line \d+: ).*$/, `$1${REDACTED}`)))
    .join('\n');
}

/** `…: "value"` → `…: "(masked)"`. Found by index, not a regex: the value is data, and may be built to make one backtrack. */
function quotedAtEnd(line: string): string {
  const start = line.indexOf(': "');
  return start >= 0 && line.endsWith('"') && line.length > start + 3 ? `${line.slice(0, start)}: "${REDACTED}"` : line;
}

// The end of a key's DETAIL, which names no value except in a conflicting key (exclusion constraints).
const KEY_ENDING = / (already exists|is duplicated|is not present in table "[^"]*"|is still referenced from table "[^"]*")\.$/;

/** A DETAIL (D): the values of the forms that carry them are replaced, their columns kept; any other form is withheld. */
export function redactDetail(text: string): string {
  const key = /^Key \((.*?)\)=\(/.exec(text);
  if (key) return `Key (${key[1]})=(${REDACTED})${KEY_ENDING.exec(text)?.[0] ?? '.'}`;
  if (text.startsWith('Failing row contains (')) return `Failing row contains (${REDACTED}).`;
  const partition = /^Partition key of the failing row contains \((.*?)\) = \(/.exec(text);
  if (partition) return `Partition key of the failing row contains (${partition[1]}) = (${REDACTED}).`;
  return DETAIL_WITHHELD;
}

/** A field of an ErrorResponse or NoticeResponse (by its protocol code) as it may leave the gateway. */
export function redactField(code: string, value: string): string {
  if (code === 'M' || code === 'W') return redactMessage(value);
  if (code === 'D') return redactDetail(value);
  return value;
}
