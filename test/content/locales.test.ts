import { expect } from '@open-wc/testing';
import { card } from '../../src/content/card-en.js';
import { check } from '../../src/content/check-en.js';
import { emergency } from '../../src/content/emergency-en.js';
import { regions, symptoms } from '../../src/content/en.js';
import { map } from '../../src/content/map-en.js';
import { fetchSpanish } from '../helpers/spanish.js';

/** Every English word, each element's included (the runtime table holds those loaded so far). */
const en = { card, symptoms, regions, check, emergency, map };

/** Every key path of a table with the kind of value there: "check.errors.name: string". */
function shape(table: unknown, path = ''): string[] {
  if (typeof table === 'string') return [`${path}: string`];
  if (Array.isArray(table))
    return [`${path}: ${table.every((s) => typeof s === 'string') ? 'list' : 'mixed list'}`];
  if (typeof table !== 'object' || table === null) return [`${path}: ${typeof table}`];
  return Object.entries(table).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
}

const marks = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

function leaves(table: unknown, path = ''): [string, unknown][] {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) return [[path, table]];
  return Object.entries(table).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe('the built-in translations', () => {
  it('Spanish has every English key, each with the same kind of value, and nothing else', async () => {
    const es: unknown = await fetchSpanish();
    expect(shape(es)).to.deep.equal(shape(en));
  });

  it('Spanish keeps every {mark} of the English words, and leaves no text empty', async () => {
    const es = new Map(leaves(await fetchSpanish()));
    for (const [path, value] of leaves(en)) {
      const theirs = es.get(path);
      if (typeof value === 'string') {
        expect(marks(theirs as string), path).to.deep.equal(marks(value));
        expect((theirs as string).trim(), path).to.not.equal('');
      } else {
        expect(theirs, path).to.not.include('');
      }
    }
  });

  it('Spanish symptom lists have as many items as the English ones, so ticks carry over', async () => {
    const es = await fetchSpanish();
    expect(es.symptoms.cervical).to.have.length(en.symptoms.cervical.length);
    expect(es.symptoms.lumbar).to.have.length(en.symptoms.lumbar.length);
  });

  it('the built bundles carry the Spanish table beside them, one file per element', async () => {
    const source = await fetchSpanish();
    const sections = {
      card: ['card', 'symptoms'],
      symptoms: ['symptoms', 'regions'],
      check: ['check', 'emergency', 'symptoms', 'regions'],
      map: ['map', 'card', 'emergency', 'regions'],
    } as const;
    for (const [element, keys] of Object.entries(sections)) {
      const part = Object.fromEntries(keys.map((k) => [k, source[k]]));
      for (const dir of ['/dist/locales', '/dist/lib/content/locales']) {
        const url = `${dir}/es/${element}.json`;
        const res = await fetch(url);
        expect(res.ok, `${url} missing: run npm run build`).to.equal(true);
        expect(await res.json(), url).to.deep.equal(part);
      }
    }
  });

  it('the key table in docs/languages.md lists every key of the English table, and no other', async () => {
    const readme = await (await fetch('/docs/languages.md')).text();
    const table = readme.split('<summary>Every translation key')[1]!.split('</details>')[0]!;
    const listed = [...table.matchAll(/^\| `([\w.-]+)`\s*\|/gm)].map((m) => m[1]);
    expect(listed).to.deep.equal(leaves(en).map(([path]) => path));
  });
});
