// Source maps at line precision: each generated line keeps one mapping per run of the same source line (and drops
// `names`). A stack trace (`node --enable-source-maps`) or a debugger still lands on the right file and line of src/;
// only the column within a line is approximate. Full column maps would be over a quarter of the packed package.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { decode, encode } from '@jridgewell/sourcemap-codec';

for (const file of readdirSync('dist').filter((f) => f.endsWith('.map'))) {
  const map = JSON.parse(readFileSync(`dist/${file}`, 'utf8'));
  const lines = decode(map.mappings).map((segments) => {
    const kept = [];
    for (const s of segments) {
      const last = kept.at(-1);
      if (s.length >= 4 && (last === undefined || last[1] !== s[1] || last[2] !== s[2])) kept.push([s[0], s[1], s[2], s[3]]);
    }
    return kept;
  });
  delete map.names;
  writeFileSync(`dist/${file}`, JSON.stringify({ ...map, mappings: encode(lines) }));
}
