/**
 * Keeping shared data shared and handed-out data private. A rulebook lives for the whole process and serves every
 * evaluation, so it is deeply frozen: no caller can change the treaty text or a condition that later evaluations
 * read. A finding is the caller's to keep and change, so it is handed out as a fresh copy that shares nothing with the
 * rulebook or with the other findings of its result. Freezing walks without recursion, so no input nests deep enough to
 * exhaust the stack (the copy recurses only as deep as a finding, which is bounded).
 * @module
 */

const refuse = (): never => {
  throw new TypeError('a checked pack or rulebook is read-only');
};

/**
 * Freezes a value and everything reachable from it: plain objects, arrays and maps (whose `set`, `delete` and
 * `clear` then throw). Already-frozen parts are not walked again. Returns the value.
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || Object.isFrozen(node)) continue;
    if (node instanceof Map) {
      Object.defineProperties(node, { set: { value: refuse }, delete: { value: refuse }, clear: { value: refuse } });
      for (const [k, v] of node) stack.push(k, v);
    } else for (const key of Object.keys(node)) stack.push((node as Record<string, unknown>)[key]);
    Object.freeze(node);
  }
  return value;
}

/**
 * A lookup derived from frozen data (an instrument's parties, a rulebook's packs), built on first use and kept as
 * long as the data lives. Keyed by the frozen object itself, so an entry can neither go stale nor serve another
 * object; data that is not frozen (a caller's own, never checked) gets a fresh lookup each time.
 */
export function derivedOnce<K extends object, V>(cache: WeakMap<K, V>, key: K, build: (key: K) => V): V {
  if (!Object.isFrozen(key)) return build(key);
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = build(key)));
  return value;
}

/**
 * A copy of plain data (objects, arrays, primitives) that shares no object with the original. Used on every finding
 * before it leaves the library. It recurses: a finding is as deep as its rule's conditions, which
 * `limits.conditionDepth` bounds, plus a few levels.
 */
export function plainCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = plainCopy(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const v = plainCopy((value as Record<string, unknown>)[key]);
    // An own `__proto__` key stays a key; assigned, it would set the copy's prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out as T;
}
