import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { evaluate, type Finding, formatReports } from '../src/index.js';

// Markdown reports are pasted into pages: a string from a scenario or a pack must print as written, never as markup.
const { scenario } = JSON.parse(readFileSync(new URL('../fixtures/2021-05-syunik-sev-lake.json', import.meta.url), 'utf8')) as { scenario: unknown };
const hostile = {
  script: '<script>alert(1)</script>',
  link: '[click me](javascript:alert(1))',
  image: '<img src=x onerror=alert(1)>',
  heading: '# not a heading',
  list: '1. not a list',
  table: '| not | a table |',
  emphasis: '**not bold** _nor italic_ ~~nor struck~~',
  entity: '&lt;b&gt; stays an entity, written out',
};

async function hostileFindings(): Promise<Finding[]> {
  const findings = await evaluate(scenario);
  return findings.map((f, i) => ({
    ...f,
    summary: `${hostile.script} ${hostile.heading}`,
    because: [hostile.link, hostile.list, hostile.emphasis],
    notes: [hostile.image, hostile.entity],
    interpretation: hostile.table,
    citations: f.citations.map((c) => ({
      ...c,
      texts: c.texts.map((t) => ({
        ...t,
        text: `${t.text}\n---\n${hostile.heading}\n===\n${hostile.script}`,
        source: { ...t.source, title: `**${hostile.link}**`, url: i % 2 === 0 ? 'javascript:alert(document.domain)' : 'https://example.org/a page (1)' },
      })),
    })),
  }));
}

describe('markdown output escapes every string it did not write', () => {
  it('renders no HTML, link, image, heading, list or table from scenario or pack text, and links only to http(s)', async () => {
    const findings = await hostileFindings();
    const text = formatReports([{ title: `${hostile.script}${hostile.heading}`, source: 'a`b.json', findings }], 'markdown');
    const html = marked.parse(text, { async: false }) as string;
    expect(html).not.toMatch(/<(script|img|iframe)\b/i);
    expect(html).not.toMatch(/<(del|hr)\b/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
    expect(html).toContain('https://example.org/a%20page%20(1)');
    // Structure is only the report's own: the same headings, tables, lists, rules and emphasis as the same report
    // with plain text in those strings.
    const plain = marked.parse(formatReports([{ title: 'Plain', source: 'plain.json', findings: await evaluate(scenario) }], 'markdown'), { async: false }) as string;
    const count = (h: string, tag: string) => (h.match(new RegExp(`<${tag}\\b`, 'g')) ?? []).length;
    for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ol', 'ul', 'hr', 'strong', 'em', 'del', 'blockquote']) {
      expect(count(html, tag), tag).toBe(count(plain, tag));
    }
    // The text itself is all there, as text.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[click me](javascript:alert(1))');
    expect(html).toContain('&amp;lt;b&amp;gt; stays an entity');
    expect(html).toContain('javascript:alert(document.domain)'); // the address, printed as code, not linked
  });
});
