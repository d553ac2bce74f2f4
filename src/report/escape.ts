/**
 * Markdown for hostile input. Statement text, file names and messages come from the repository
 * under review: they must not break out of code blocks, inject HTML, or @-mention anyone.
 */

/** Escapes text for Markdown prose and table cells; neutralises mentions, HTML, links and pipes. */
export function escapeMarkdown(text: string, maxLength = 500): string {
  return bound(text, maxLength)
    .replace(/[\\`*_{}[\]()#+!|~<>&]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function codeBlock(code: string, language = 'sql', maxLength = 4000): string {
  const content = bound(code, maxLength);
  const longest = Math.max(2, ...Array.from(content.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${content}\n${fence}`;
}

/** Inline code that survives backticks and pipes inside table cells. */
export function inlineCode(text: string, maxLength = 120): string {
  const content = bound(text.replace(/\s+/g, ' '), maxLength);
  return `<code>${content.replace(/[&<>|\\`*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/@/g, '@\u200b')}</code>`;
}

export function bound(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength)}… (${text.length - maxLength} more characters)` : text;
}
