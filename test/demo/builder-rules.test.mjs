// The snippet builder's rules (demo/builder-rules.js) in Node: the checks it makes before a
// widget sees a value. The page around them: test/demo/builder.test.ts; its shortcodes read by
// WordPress's own parser: test/wordpress/builder-shortcodes.test.mjs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules, settings } from '../helpers/builder-rules.mjs';

describe('the builder’s checks', () => {
  const problem = (changes) => rules.problems(settings(changes));

  it('offers https:// for an endpoint typed without it, and leaves a relative path alone', () => {
    for (const endpoint of ['forms.example.com/candidate-check', 'localhost:3000/x']) {
      const { endpoint: found } = problem({ endpoint });
      assert.match(found.text, /^Start the address with https:\/\//);
      assert.deepEqual(
        { ...found.fix },
        {
          label: `Use https://${endpoint}`,
          value: `https://${endpoint}`,
        },
      );
    }
    assert.equal(problem({ endpoint: '/api/candidate-check' }).endpoint, undefined);
    assert.equal(problem({ endpoint: 'https://forms.example.com/x' }).endpoint, undefined);
  });

  it('warns when a localhost endpoint would go into the snippet', () => {
    for (const endpoint of [
      'http://localhost:8000/api/candidate-check',
      'https://127.0.0.1/x',
      'http://[::1]:3000/',
      'https://app.localhost/x',
    ])
      assert.match(
        problem({ endpoint }).endpoint?.text ?? '',
        /on a patient's phone it leads nowhere/,
        endpoint,
      );
  });

  it('warns when two field-names collide, and when they are not names', () => {
    assert.match(
      problem({ fieldNames: '{"phone":"contact","email":"contact"}' })['field-names'].text,
      /^phone and email are both sent as "contact"/,
    );
    assert.equal(problem({ fieldNames: '{"phone":"mobilephone"}' })['field-names'], undefined);
    assert.match(problem({ fieldNames: 'phone=mobilephone' })['field-names'].text, /\{"phone"/);
  });

  it('asks for the clinic’s name when the snippet has a form', () => {
    assert.match(problem({ clinicName: '' })['clinic-name'].text, /this clinic/);
    assert.equal(problem({ clinicName: '', elements: ['card'] })['clinic-name'], undefined);
  });

  it('flags a brand colour white text fails 4.5:1 on, with a darker shade that passes', () => {
    assert.equal(problem({ accent: '#0b5394' }).accent, undefined);
    for (const accent of ['#ffcc00', '#fc0', '#7fb2e5', '#ffffff', '#777777']) {
      const found = problem({ accent }).accent;
      assert.match(found.text, /hard to read: the contrast is \d\.\d:1, and it needs 4\.5:1/);
      const shade = found.fix.value;
      assert.match(shade, /^#[\da-f]{6}$/);
      assert.ok(rules.contrastWithWhite(shade) >= 4.5, `${shade} passes`);
      // The lightest such shade: one step lighter fails.
      const lighter = `#${[1, 3, 5]
        .map((i) =>
          Math.min(255, parseInt(shade.slice(i, i + 2), 16) + 2)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')}`;
      assert.ok(rules.contrastWithWhite(lighter) < 4.5, `${lighter} is lighter and fails`);
    }
    assert.equal(rules.contrastWithWhite('#777777').toFixed(2), '4.48');
  });

  it('reads the brand colour as a colour, and writes nothing else into the snippet', () => {
    assert.match(problem({ accent: 'yellow' }).accent.text, /^Enter the colour as #/);
    for (const accent of ['red;}</style><script>alert(1)</script>', 'url(x)', '#12345g']) {
      const s = settings({ accent });
      assert.ok(problem({ accent }).accent, accent);
      const html = rules.htmlSnippet(s, rules.widgets(s));
      assert.doesNotMatch(html, /<style>|alert|url\(/, accent);
    }
    const s = settings({ accent: ' #1A2B3C ' });
    assert.match(rules.htmlSnippet(s, rules.widgets(s)), /--pnw-accent: #1a2b3c;/);
  });
});
