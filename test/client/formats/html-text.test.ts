import { expect } from '@open-wc/testing';
import { htmlText } from '../../../src/client/formats/html-text.js';

describe('htmlText', () => {
  it('keeps the text of HTML and drops its markup, scripts and styles', () => {
    expect(
      htmlText(
        '<p>Thanks,<br><b>we&rsquo;ll</b> call&nbsp;you</p><script>alert(1)</script><style>p{}</style>',
      ),
    ).to.equal('Thanks, we’ll call you');
  });
  it('decodes entities once, so escaped markup stays text', () => {
    expect(htmlText('&lt;img src=x onerror=alert(1)&gt; &amp;lt; &#39;&#x41;&bogus;')).to.equal(
      "<img src=x onerror=alert(1)> &lt; 'A&bogus;",
    );
  });
  it('drops an unclosed tag and survives code points out of range', () => {
    expect(htmlText('Thanks <img src=x onerror=alert(1)')).to.equal('Thanks');
    expect(htmlText('&#x110000;')).to.equal('\ufffd');
  });
});
