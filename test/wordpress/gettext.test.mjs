// The plugin's translations, compiled by gettext-parser, read back by WordPress's own .mo reader
// (wp-includes/pomo/ from Debian's wordpress package, through php-cli): singular, plural and
// context entries; and the Jed JSON the block editor's wp.i18n loads. Needs no running site.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileTranslations } from '../../scripts/wordpress/build-plugin.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const POMO = '/usr/share/wordpress/wp-includes/pomo/mo.php';
const dir = mkdtempSync(join(tmpdir(), 'pnw-gettext-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const PO = `msgid ""
msgstr ""
"Language: es\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Widget settings"
msgstr "Ajustes del widget"

msgid "%d answer"
msgid_plural "%d answers"
msgstr[0] "%d respuesta"
msgstr[1] "%d respuestas"

msgctxt "button"
msgid "Send"
msgstr "Enviar"
`;

/** What WordPress's MO class makes of `mo`: each PHP expression's result, one a line. */
function wordpressReads(mo, expressions) {
  const file = join(dir, 'test.mo');
  writeFileSync(file, mo);
  const code = `require '${POMO}'; $mo = new MO(); if ( ! $mo->import_from_file( '${file}' ) ) exit( 1 ); ${expressions.map((e) => `echo ${e}, "\\n";`).join(' ')}`;
  return execFileSync('php', ['-r', code], { encoding: 'utf8' }).trimEnd().split('\n');
}

describe('translations compiled with gettext-parser', () => {
  it('WordPress reads singular, plural and context entries from the .mo', () => {
    const { mo } = compileTranslations(PO);
    assert.deepEqual(
      wordpressReads(mo, [
        "$mo->translate( 'Widget settings' )",
        "$mo->translate_plural( '%d answer', '%d answers', 1 )",
        "$mo->translate_plural( '%d answer', '%d answers', 3 )",
        "$mo->translate( 'Send', 'button' )",
        "$mo->translate( 'Send' )",
      ]),
      ['Ajustes del widget', '%d respuesta', '%d respuestas', 'Enviar', 'Send'],
    );
  });

  it('the Jed JSON has the plural forms, both plurals and the context key', () => {
    const { messages } = JSON.parse(compileTranslations(PO).json).locale_data;
    assert.deepEqual(messages[''], {
      domain: 'messages',
      lang: 'es',
      'plural-forms': 'nplurals=2; plural=(n != 1);',
    });
    assert.deepEqual(messages['%d answer'], ['%d respuesta', '%d respuestas']);
    assert.deepEqual(messages['button\u0004Send'], ['Enviar']);
  });

  it("WordPress reads every string of the plugin's Spanish .po from its .mo", () => {
    const source = readFileSync(
      join(ROOT, 'wordpress/languages/pinched-nerve-widgets-es_ES.po'),
      'utf8',
    );
    // The plugin's .po has one-line entries only, so a pattern reads it.
    const entries = [
      ...source.matchAll(/^(?:msgctxt (".*")\n)?msgid (".+")\nmsgstr (".*")$/gm),
    ].map(([, context, id, str]) => [
      context && JSON.parse(context),
      JSON.parse(id),
      JSON.parse(str),
    ]);
    assert.equal(entries.length, (source.match(/^msgid /gm) ?? []).length - 1, 'every entry read');
    const php = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    const read = wordpressReads(
      compileTranslations(source).mo,
      entries.map(([context, id]) =>
        context ? `$mo->translate( ${php(id)}, ${php(context)} )` : `$mo->translate( ${php(id)} )`,
      ),
    );
    assert.deepEqual(
      read,
      entries.map(([, , str]) => str),
    );
  });
});
