/**
 * fn remembered for up to `size` keys: the map is emptied when full, which costs less than keeping
 * an LRU order and lets the working set (a question's words, the paragraphs searches keep returning)
 * fill it again.
 */
export function memo<K, V>(fn: (key: K) => V, size: number): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let hit = cache.get(key);
    if (hit === undefined) {
      if (cache.size >= size) cache.clear();
      hit = fn(key);
      cache.set(key, hit);
    }
    return hit;
  };
}
