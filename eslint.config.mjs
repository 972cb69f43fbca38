// Flat config: JS rules everywhere, typed TypeScript rules on src/ and test/, Lit and
// custom-element rules on the elements. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', '.wtr-tmp/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Lit calls `@event=${this.onX}` listeners with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      // Tests read JSON.parse() results and oneEvent() details as they come; a wrong guess about
      // their shape fails the test itself, so these type-safety rules only add casts.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // @open-wc/semantic-dom-diff types every chai `.equal()` as returning a Promise (for
      // `.dom.to.equal`); a plain `expect(a).to.equal(b)` is synchronous. `.accessible()` and
      // other real promises are still caught.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          ignoreVoid: true,
          allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts that run in the page: the demo's and the embed fixtures'.
    files: ['demo/**/*.js', 'test/**/fixtures/**/*.js', 'test/helpers/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The WordPress tests drive pages from Node: their evaluated callbacks use the page's
    // globals, WordPress's `wp` included.
    files: ['test/wordpress/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, wp: 'readonly' } },
  },
  {
    // The plugin's block-editor script, which runs in wp-admin beside WordPress's globals.
    files: ['wordpress/editor/**/*.ts', 'wordpress/admin/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
