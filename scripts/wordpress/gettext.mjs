// Reads a .po file and writes what WordPress loads: a .mo for PHP, a Jed JSON for a script.
// Enough of the formats for the plugin's own file (no plurals).

/** `[{ context, id, str }]`, the header (id '') included. */
export function readPo(text) {
  const entries = [];
  let entry = {};
  let field = null;
  const unquote = (s) => JSON.parse(s.replace(/\t/g, '\\t'));
  const flush = () => {
    if (entry.id !== undefined) entries.push({ context: null, str: '', ...entry });
    entry = {};
    field = null;
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const keyword = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(trimmed);
    if (keyword) {
      if (keyword[1] === 'msgctxt' || (keyword[1] === 'msgid' && entry.str !== undefined)) flush();
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'str' }[keyword[1]];
      entry[field] = unquote(keyword[2]);
    } else if (trimmed.startsWith('"') && field) entry[field] += unquote(trimmed);
    else if (trimmed === '') flush();
  }
  flush();
  return entries;
}

const key = (e) => (e.context ? `${e.context}\u0004${e.id}` : e.id);

/** A little-endian GNU .mo file. */
export function writeMo(entries) {
  const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const ids = sorted.map((e) => Buffer.from(key(e), 'utf8'));
  const strs = sorted.map((e) => Buffer.from(e.str, 'utf8'));
  const n = sorted.length;
  const headerSize = 28;
  const idTable = headerSize;
  const strTable = idTable + n * 8;
  let offset = strTable + n * 8;
  const header = Buffer.alloc(headerSize + n * 16);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(idTable, 12);
  header.writeUInt32LE(strTable, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(offset, 24);
  const chunks = [];
  const place = (buf, table, i) => {
    header.writeUInt32LE(buf.length, table + i * 8);
    header.writeUInt32LE(offset, table + i * 8 + 4);
    chunks.push(buf, Buffer.from([0]));
    offset += buf.length + 1;
  };
  ids.forEach((b, i) => place(b, idTable, i));
  strs.forEach((b, i) => place(b, strTable, i));
  return Buffer.concat([header, ...chunks]);
}

/** The JSON WordPress's load_script_textdomain() reads for a script's wp.i18n strings. */
export function jedJson(entries, lang) {
  const messages = {
    '': { domain: 'messages', lang, 'plural-forms': 'nplurals=2; plural=(n != 1);' },
  };
  for (const e of entries) if (e.id && !e.context) messages[e.id] = [e.str];
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`;
}
