// How a cell shows a value in its output, like a notebook's console: numbers, strings, arrays, typed
// arrays, plain objects, Maps, Sets, errors, and API objects that describe themselves through INSPECT.
// Runs in the cell's Worker, so the page only ever receives text. Output is bounded (depth, items, length)
// because a reader will log a 10,000-element array or an object that contains itself.
import { INSPECT } from '../contract.ts';
import { codeCellStrings } from '../../i18n/index.ts';

/** Read when the module loads (in the Worker, before the reader's code runs). */
const STRINGS = codeCellStrings();

/** Items shown of one array, map or set, and keys of one object, before "… N more". */
export const MAX_ITEMS = 50;
/** Nesting shown before an inner object is written as [Object] / [Array(3)]. */
export const MAX_DEPTH = 3;
/** One inspected value never exceeds this many characters. */
export const MAX_CHARS = 10_000;

/**
 * A number as people write it: integers in full, others with up to 6 significant digits, -0 as 0. Written
 * as JavaScript writes numbers ("0.5", "1e-7") in every language: console.log shows the program's values,
 * as code. The notes the cell adds around them (how much was left out, advice) are the page's words.
 */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (Object.is(n, -0) || n === 0) return '0';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e-4 && abs < 1e15) return String(Number(n.toPrecision(6)));
  return n.toExponential(5).replace(/\.?0+e/, 'e');
}

const quote = (s: string) => JSON.stringify(s);

/** The text console.log shows for one argument: strings as they are, everything else inspected. */
export function logText(value: unknown): string {
  return typeof value === 'string' ? clip(value) : inspect(value);
}

export function inspect(value: unknown): string {
  return clip(show(value, 0, new Set()));
}

function clip(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}${STRINGS.inspect.moreCharacters(text.length - MAX_CHARS)}` : text;
}

function show(value: unknown, depth: number, seen: Set<object>): string {
  switch (typeof value) {
    case 'number': return formatNumber(value);
    case 'string': return depth === 0 ? value : quote(value);
    case 'bigint': return `${value}n`;
    case 'boolean': return String(value);
    case 'undefined': return 'undefined';
    case 'symbol': return value.toString();
    case 'function': return `[function ${value.name || '(anonymous)'}]`;
  }
  if (value === null) return 'null';
  const object = value as object;
  if (seen.has(object)) return '[circular]';
  const custom = selfDescription(object);
  if (custom !== null) return custom;
  if (object instanceof Error) return `${object.name}: ${object.message}`;
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (object instanceof RegExp) return String(object);
  if (object instanceof Promise) return STRINGS.inspect.promise;
  seen.add(object);
  try {
    if (Array.isArray(object)) return list(`Array(${object.length})`, object.length, (i) => show(object[i], depth + 1, seen), depth, '[', ']');
    if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
      const typed = object as unknown as ArrayLike<number | bigint> & { constructor: { name: string } };
      const name = `${typed.constructor.name}(${typed.length})`;
      return `${name} ${list(name, typed.length, (i) => show(typed[i], depth + 1, seen), depth, '[', ']')}`;
    }
    if (object instanceof Map) {
      const entries = [...object.entries()];
      return `Map(${entries.length}) ${list(`Map(${entries.length})`, entries.length, (i) => `${show(entries[i]![0], depth + 1, seen)} => ${show(entries[i]![1], depth + 1, seen)}`, depth, '{', '}')}`;
    }
    if (object instanceof Set) {
      const items = [...object];
      return `Set(${items.length}) ${list(`Set(${items.length})`, items.length, (i) => show(items[i], depth + 1, seen), depth, '{', '}')}`;
    }
    const keys = Object.keys(object);
    const name = constructorName(object);
    const prefix = name && name !== 'Object' ? `${name} ` : '';
    if (depth >= MAX_DEPTH && keys.length > 0) return `[${name || 'Object'}]`;
    const record = object as Record<string, unknown>;
    return prefix + list('Object', keys.length, (i) => `${propertyName(keys[i]!)}: ${show(record[keys[i]!], depth + 1, seen)}`, depth, '{', '}');
  } finally {
    seen.delete(object);
  }
}

function list(name: string, length: number, item: (i: number) => string, depth: number, open: string, close: string): string {
  if (length === 0) return `${open}${close}`;
  if (depth >= MAX_DEPTH) return `[${name}]`;
  const shown = Math.min(length, MAX_ITEMS);
  const parts: string[] = [];
  for (let i = 0; i < shown; i++) parts.push(item(i));
  if (length > shown) parts.push(STRINGS.inspect.moreItems(length - shown));
  const pad = open === '{' ? ' ' : '';
  return `${open}${pad}${parts.join(', ')}${pad}${close}`;
}

/** The object's own description, if it (or its class) implements INSPECT; a throwing one is reported. */
function selfDescription(object: object): string | null {
  const describe = (object as Partial<Record<typeof INSPECT, unknown>>)[INSPECT];
  if (typeof describe !== 'function') return null;
  try {
    return String(describe.call(object));
  } catch (e) {
    return STRINGS.inspect.cannotDescribe(e instanceof Error ? e.message : String(e));
  }
}

function constructorName(object: object): string {
  const proto = Object.getPrototypeOf(object) as { constructor?: { name?: unknown } } | null;
  if (proto === null) return 'Object';
  const name = proto.constructor?.name;
  return typeof name === 'string' ? name : '';
}

const propertyName = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key));
