// Writes custom-elements.json from the sources' JSDoc (`npm run analyze`).

/**
 * Tags are registered through src/shared/define.ts (`define('pinched-nerve-card', PinchedNerveCard)`),
 * which the analyzer does not know: record each call as the `customElements.define()` it wraps,
 * so the manifest names the real tag of each class.
 */
function defineHelperCalls() {
  return {
    name: 'pinched-nerve:define-helper',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = context.imports?.find((i) => i.name === klass.text);
      const module = imported
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname
            .slice(1)
            .replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module },
        },
      ];
    },
  };
}

/**
 * Tidies what the analyzer guesses from the helpers themselves: the `customElements.define(tag, ctor)`
 * inside define() (a "definition" of a tag named `tag`), and the `new CustomEvent(name)` inside
 * emit() (an undocumented event called `name`). The real events are the documented `@fires`.
 */
function dropHelperGuesses() {
  const eventVariables = new Set();
  return {
    name: 'pinched-nerve:drop-helper-guesses',
    analyzePhase({ ts, node }) {
      if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (!/^(Custom)?Event$/.test(node.expression.text)) return;
      const [name] = node.arguments ?? [];
      if (name && ts.isIdentifier(name)) eventVariables.add(name.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const classes = new Set(declarations.filter((d) => d.kind === 'class').map((d) => d.name));
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || classes.has(e.declaration.name),
        );
      }
      for (const d of declarations) {
        if (!d.events) continue;
        d.events = d.events.filter((e) => e.description || !eventVariables.has(e.name));
        if (d.events.length === 0) delete d.events;
      }
    },
  };
}

/** The analyzer lists modules in the order the file system hands them over; sort by path. */
function stableModuleOrder() {
  return {
    name: 'pinched-nerve:stable-module-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'test/**', 'dist/**', 'node_modules/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  quiet: true,
  packagejson: false, // package.json already names the manifest; a check run writes elsewhere
  plugins: [defineHelperCalls(), dropHelperGuesses(), stableModuleOrder()],
};
