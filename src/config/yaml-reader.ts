/**
 * Reading YAML configuration with positions: every error names file, line and column and says
 * what was expected. Unknown keys are errors (a typo must not silently change behaviour).
 */
import { ConfigError, ConfigErrors } from '../errors.js';
import { didYouMean } from './did-you-mean.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';


export interface Entry {
  key: string;
  keyNode: YamlNode;
  value: YamlNode | null;
}

export class YamlReader {
  private readonly lines = new LineCounter();
  readonly root: YamlNode | null;
  /** With `collectAll`, problems are gathered (`attempt`, unknown keys) and thrown together by `report`. */
  private collected: ConfigError[] | undefined;

  constructor(
    text: string,
    readonly file: string,
  ) {
    const doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const error = doc.errors[0]!;
      const { line, col } = this.lines.linePos(error.pos[0]);
      throw new ConfigError(file, line, col, `invalid YAML: ${error.message.split('\n')[0]}`);
    }
    this.root = doc.contents as YamlNode | null;
  }

  /** From here on, unknown keys and the problems of `attempt` are gathered instead of stopping at the first. */
  collectAll(): void {
    this.collected = [];
  }

  /** Runs one part of the file; a problem in it is gathered (with collectAll) and the part is skipped. */
  attempt<T>(work: () => T): T | undefined {
    if (!this.collected) return work();
    try {
      return work();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.collected.push(...(error instanceof ConfigErrors ? error.errors : [error]));
      return undefined;
    }
  }

  /** Throws what was gathered: one problem as itself, several together in file order. */
  report(): void {
    const errors = [...(this.collected ?? [])].sort((a, b) => a.line - b.line || a.column - b.column);
    if (errors.length === 1) throw errors[0]!;
    if (errors.length > 1) throw new ConfigErrors(errors);
  }

  error(node: YamlNode | null | undefined, detail: string): ConfigError {
    const { line, col } = this.lines.linePos(node?.range?.[0] ?? 0);
    return new ConfigError(this.file, line, col, detail);
  }

  line(node: YamlNode | null | undefined): number {
    return this.lines.linePos(node?.range?.[0] ?? 0).line;
  }

  map(node: YamlNode | null, what: string): YAMLMap {
    if (!isMap(node)) throw this.error(node, `${what} must be a mapping`);
    return node;
  }

  /** The entries of a mapping (in order); keys outside `allowed` are errors, `required` keys must be present. `what` names it in messages ('' for the top level). */
  entries(node: YamlNode | null, what: string, allowed: readonly string[], required: readonly string[] = []): Map<string, Entry> {
    const map = this.map(node, what);
    const out = new Map<string, Entry>();
    for (const pair of map.items) {
      const keyNode = pair.key as YamlNode;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!allowed.includes(key)) {
        const error = this.error(keyNode, `unknown key \`${key}\`${what ? ` in ${what}` : ''}${didYouMean(key, allowed)}; expected one of ${allowed.join(', ')}`);
        if (!this.collected) throw error;
        this.collected.push(error);
        continue;
      }
      out.set(key, { key, keyNode, value: pair.value as YamlNode | null });
    }
    const missing = required.filter((k) => !out.has(k));
    if (missing.length) throw this.error(map, `${what} is missing ${missing.map((k) => `\`${k}\``).join(', ')}`);
    return out;
  }

  string(entry: Entry | undefined, what = `\`${entry?.key}\``): string | undefined {
    if (!entry) return undefined;
    const { value } = entry;
    if (!isScalar(value) || (typeof value.value !== 'string' && typeof value.value !== 'number') || String(value.value).trim() === '') {
      throw this.error(value ?? entry.keyNode, `${what} must be a non-empty string`);
    }
    return String(value.value);
  }

  boolean(entry: Entry | undefined): boolean | undefined {
    if (!entry) return undefined;
    if (!isScalar(entry.value) || typeof entry.value.value !== 'boolean') throw this.error(entry.value ?? entry.keyNode, `\`${entry.key}\` must be true or false`);
    return entry.value.value;
  }

  integer(entry: Entry | undefined, min: number, max: number): number | undefined {
    if (!entry) return undefined;
    const value = isScalar(entry.value) ? entry.value.value : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw this.error(entry.value ?? entry.keyNode, `\`${entry.key}\` must be a whole number from ${min} to ${max}`);
    }
    return value;
  }

  strings(entry: Entry | undefined): string[] | undefined {
    if (!entry) return undefined;
    const { value } = entry;
    if (isScalar(value) && typeof value.value === 'string') return [value.value];
    if (!isSeq(value) || value.items.some((item) => !isScalar(item) || typeof item.value !== 'string')) {
      throw this.error(value ?? entry.keyNode, `\`${entry.key}\` must be a string or a list of strings`);
    }
    return value.items.map((item) => String((item as { value: unknown }).value));
  }

  list(entry: Entry | undefined): YamlNode[] {
    if (!entry) return [];
    if (!isSeq(entry.value)) throw this.error(entry.value ?? entry.keyNode, `\`${entry.key}\` must be a list`);
    return entry.value.items as YamlNode[];
  }
}
