import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);

// src/report/escape.ts
function escapeMarkdown(text, maxLength = 500) {
  return bound(text, maxLength).replace(/[\\`*_{}[\]()#+!|~<>&]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/@/g, "@\u200B").replace(/\r?\n/g, " ");
}
function codeBlock(code, language = "sql", maxLength = 4e3) {
  const content = bound(code, maxLength);
  const longest = Math.max(2, ...Array.from(content.matchAll(/`+/g), (m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${content}
${fence}`;
}
function inlineCode(text, maxLength = 120) {
  const content = bound(text.replace(/\s+/g, " "), maxLength);
  return `<code>${content.replace(/[&<>|\\`*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/@/g, "@\u200B")}</code>`;
}
function bound(text, maxLength) {
  return text.length > maxLength ? `${text.slice(0, maxLength)}\u2026 (${text.length - maxLength} more characters)` : text;
}

export {
  escapeMarkdown,
  codeBlock,
  inlineCode,
  bound
};
