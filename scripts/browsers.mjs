// Where the three engines live on Debian (override with environment variables elsewhere).
export const browsers = {
  chromium: {
    path: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    debian: ['chromium'],
    // Root needs --no-sandbox; the rest stop Chromium calling home on a machine without network.
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
  firefox: {
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    debian: ['firefox-esr'],
  },
  webkitDriver: {
    path: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
    debian: ['webkit2gtk-driver'],
  },
  webkit: {
    path: process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    debian: ['webkit2gtk-driver'],
  },
  xvfb: {
    path: process.env.XVFB_RUN_PATH ?? '/usr/bin/xvfb-run',
    debian: ['xvfb'],
  },
};

/** The engines a test run uses: all three, or those the BROWSERS variable names. */
export const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
