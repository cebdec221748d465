/**
 * The page in a real browser: Debian's Chromium driven by playwright-core (nothing downloads a browser). Every
 * expectation is computed here by the library itself from the same scenario, so a change in the wording of findings
 * never breaks these tests; what they check is that the page shows what the library finds, and that the reader's
 * changes go through the library's `applyChanges`. Screenshots of each step go to test-artifacts/site/.
 *
 * Runs where Chromium is installed (CHROMIUM_PATH, default /usr/bin/chromium); elsewhere it is skipped with a printed
 * reason, unless REQUIRE_BROWSER=1 (CI), where a missing browser fails.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPath } from '../src/model/errors.js';
import { fixtures } from '../src/fixtures.js';
import { bundledRulebook, evaluateSync, type Finding, formatReports, validateScenario } from '../src/index.js';
import { articleLabel, articleLabels } from '../src/prose/words.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(executablePath);
if (!present && process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${executablePath}`);
if (!present) console.log(`site browser tests skipped: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const artifacts = join(new URL('..', import.meta.url).pathname, 'test-artifacts', 'site');
const key = (f: Finding) => `${f.event}/${f.instrument}/${f.provision}/${f.beneficiary}`;
const row = (page: Page, f: Finding) => page.locator(`tr[data-finding="${key(f)}"]`);
const nk = fixtures.find((f) => f.file === '2020-09-nagorno-karabakh-war.json')!;
const nkFindings = evaluateSync(nk.fixture.scenario);

describe.skipIf(!present)('the page in Chromium', () => {
  let browser: Browser;
  let url: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    // @ts-expect-error: a plain JavaScript module without declarations
    const { serveSite } = (await import('../site/build.mjs')) as { serveSite: () => Promise<{ url: string; stop: () => Promise<void> }> };
    ({ url, stop } = await serveSite());
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  async function newPage(width = 1200) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    return { page, errors };
  }

  it('opens the 2020 Nagorno-Karabakh scenario: the CST findings as the library finds them, the recognition reason cited', async () => {
    const { page, errors } = await newPage();
    await page.goto(url);
    await page.screenshot({ path: join(artifacts, '1-start.png') });
    await page.selectOption('#case-select', nk.file);

    const cst = nkFindings.filter((f) => f.instrument === 'cst-1992');
    expect(cst.length).toBeGreaterThan(0);
    for (const f of nkFindings) await expect.poll(() => row(page, f).getAttribute('data-status')).toBe(f.status);
    expect(await page.locator('tr[data-finding]').count()).toBe(nkFindings.length);
    // The acid test: no CST obligation is owed to Nagorno-Karabakh.
    expect(cst.filter((f) => f.beneficiary === 'NKR').map((f) => f.status)).not.toContain('applies');
    for (const f of cst) await expect.poll(() => row(page, f).locator('.status').innerText()).toMatch(/^[✔✘?] /);
    await page.screenshot({ path: join(artifacts, '2-nagorno-karabakh.png'), fullPage: true });

    // Open the Art. 4 finding owed to Nagorno-Karabakh from the keyboard: its reasons include the recognition.
    const art4 = cst.find((f) => f.provision === 'art-4' && f.beneficiary === 'NKR')!;
    await row(page, art4).locator('button.open-finding').focus();
    await page.keyboard.press('Enter');
    const detail = page.locator(`section[data-detail="${key(art4)}"]`);
    await expect.poll(() => detail.count()).toBe(1);
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('H4');
    expect(await detail.locator('.because li').allInnerTexts()).toEqual(art4.because);
    // For the Nagorno-Karabakh Republic, not being a party decides it; the recognition decides Armenia's 1997 Art. 3
    // finding for the same fighting (Nagorno-Karabakh is Azerbaijan's as both parties recognize it).
    expect(art4.because.join(' ')).toMatch(/never been a party/);
    const armenia = nkFindings.find((f) => f.instrument === 'ru-am-1997' && f.provision === 'art-3' && f.beneficiary === 'ARM' && f.event === art4.event)!;
    expect(armenia.because.filter((b) => /recogni[sz]e/i.test(b)).length).toBeGreaterThan(0);
    // Each cited paragraph's text shows its status; sources are links only where http(s).
    const texts = art4.citations.flatMap((c) => c.texts);
    expect(await detail.locator('.text-status').count()).toBe(texts.length);
    expect(await detail.locator('.text-status').evaluateAll((els) => els.map((e) => e.getAttribute('data-text-status')))).toEqual(texts.map((t) => t.status));
    for (const href of await detail.locator('.source a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) expect(href).toMatch(/^https?:\/\//);
    // The Markdown is the library's own report of this finding.
    const title = (nk.fixture.scenario as { name: string }).name;
    await detail.locator('details.markdown summary').click();
    expect(await detail.locator('pre.markdown-text').textContent()).toBe(formatReports([{ title, findings: [art4] }], 'markdown'));
    // A timeline of the instrument's parties on the event date.
    expect(await detail.locator('.timeline tr[data-party]').count()).toBeGreaterThan(0);
    await detail.screenshot({ path: join(artifacts, '3-finding.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("applies one of a finding's 'what would change it' sets: the finding flips as the set says, and the link keeps it", async () => {
    const { page, errors } = await newPage();
    const finding = nkFindings.find((f) => f.instrument === 'cst-1992' && f.changes.length > 0) ?? nkFindings.find((f) => f.changes.length > 0)!;
    const set = finding.changes[0]!;
    await page.goto(`${url}#case=${nk.file.replace(/\.json$/, '')}&open=${encodeURIComponent(key(finding))}`);
    await expect.poll(() => row(page, finding).getAttribute('data-status')).toBe(finding.status);
    const detail = page.locator(`section[data-detail="${key(finding)}"]`);
    await detail.locator('button.apply-change').first().click();
    await expect.poll(() => row(page, finding).getAttribute('data-status')).toBe(set.to);
    expect(set.to).not.toBe(finding.status);
    // Every finding follows the changed readings and positions, as the library computes them.
    const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect(hash.getAll('change').map((c) => c.slice(c.indexOf(' ') + 1))).toEqual(set.changes.map((c) => c.id));
    await page.screenshot({ path: join(artifacts, '4-changed.png'), fullPage: true });
    // The URL reproduces the view.
    await page.reload();
    await expect.poll(() => row(page, finding).getAttribute('data-status')).toBe(set.to);
    await expect.poll(() => page.locator(`section[data-detail="${key(finding)}"]`).count()).toBe(1);
    // Undo returns to the scenario as written.
    await page.getByRole('button', { name: 'Undo all changes' }).click();
    await expect.poll(() => row(page, finding).getAttribute('data-status')).toBe(finding.status);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('numbers each article as its instrument does (Art. V), in bundled scenarios whose packs give the numbers', async () => {
    const { page, errors } = await newPage();
    const numbered = new Set(bundledRulebook.packs.filter((p) => p.articles.some((a) => a.number)).map((p) => p.instrument.id));
    const cases = fixtures.filter((f) => evaluateSync(f.fixture.scenario).some((x) => numbered.has(x.instrument))).slice(0, 2);
    expect(cases.length).toBeGreaterThan(0);
    for (const { file, fixture } of cases) {
      const findings = evaluateSync(fixture.scenario).filter((f) => numbered.has(f.instrument));
      await page.goto(`${url}#case=${file.replace(/\.json$/, '')}`);
      for (const f of findings) {
        const pack = bundledRulebook.packs.find((p) => p.instrument.id === f.instrument)!;
        await expect.poll(() => row(page, f).locator('td[data-label="Article"]').innerText()).toMatch(new RegExp(`^${articleLabel(f.provision, articleLabels(pack.articles)).replace(/\./g, '\\.')}\\b`));
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows every problem of a pasted invalid scenario with its path', async () => {
    const { page, errors } = await newPage(390);
    const invalid = {
      evaluationDate: '2021-02-30',
      entities: [{ id: 'arm', name: 'Armenia', kind: 'state' }, { id: 'AZE', name: '<img src=x onerror=alert(1)>', kind: 'empire' }],
      events: [{ id: 'e1', kind: 'invasion', date: '2021-05-12', actor: 'AZE', target: 'ARM', place: 'nowhere' }],
    };
    const expected = validateScenario(invalid);
    if (expected.success) throw new Error('the invalid scenario was accepted');
    await page.goto(url);
    await page.locator('details.paste > summary').click();
    await page.fill('#scenario-text', JSON.stringify(invalid, null, 2));
    await page.click('#evaluate-json');
    await expect.poll(() => page.locator('li.problem').count()).toBe(expected.problems.length);
    expect(await page.locator('li.problem').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')))).toEqual(expected.problems.map((p) => formatPath(p.path)));
    expect(await page.locator('li.problem .problem-message').allInnerTexts()).toEqual(expected.problems.map((p) => p.message));
    expect(await page.locator('img').count()).toBe(0); // scenario text is never markup
    await page.screenshot({ path: join(artifacts, '5-invalid-phone.png'), fullPage: true });

    // Scenario text is shown as text: a name written as markup stays words on the page.
    const syunik = structuredClone(fixtures.find((f) => f.file === '2021-05-syunik-sev-lake.json')!.fixture.scenario) as { entities: { name: string }[] };
    const markup = '<img src=x onerror="document.title=1">Armenia';
    syunik.entities[0]!.name = markup;
    await page.fill('#scenario-text', JSON.stringify(syunik));
    await page.click('#evaluate-json');
    await expect.poll(() => page.locator('tr[data-finding]').count()).toBe(evaluateSync(syunik).length);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain(markup);

    await page.fill('#scenario-text', '{ "evaluationDate": ');
    await page.click('#evaluate-json');
    await expect.poll(() => page.locator('#problems-heading').innerText()).toMatch(/not valid JSON/);
    expect(await page.locator('li.problem .problem-message').innerText()).toMatch(/line 1, column 21/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
