// Stands in for one of dist/'s ES modules when the test runner's import map says so
// (web-test-runner.config.mjs), so the same tests run on another shipped form of that file:
//   ?classic=card   loads dist/card.iife.js as a classic <script>, as a WordPress page does;
//   ?package=card   imports the package's module (dist/lib/card/define.js), as a bundler does.
// It exports what the ES module does, taken from where the other form puts it.
const query = new URL(import.meta.url).searchParams;
let source;
if (query.has('classic')) {
  const file = `/dist/${query.get('classic')}.iife.js`;
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = file;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${file} did not load`));
    document.head.append(script);
  });
  source = window.PinchedNerveWidgets;
} else {
  const name = query.get('package');
  const entry = name === 'pinched-nerve-widgets' ? 'index.js' : `${name}/define.js`;
  source = {
    ...(await import(`/dist/lib/${entry}`)),
    ...(await import('/dist/lib/i18n/translations.js')),
  };
}
export const {
  PinchedNerveCard,
  PinchedNerveSymptoms,
  PinchedNerveCheck,
  PinchedNerveMap,
  registerTranslation,
} = source;
