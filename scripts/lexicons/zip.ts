import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of the zip format to read the ICD-10-GM archive and the EMA .xlsx (an xlsx is a
 * zip of XML): the central directory, then each entry stored or deflated. No dependency needed.
 */
export function readZip(buf: Buffer): Map<string, Buffer> {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad zip central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + size);
    if (method === 0) out.set(name, Buffer.from(data));
    else if (method === 8) out.set(name, inflateRawSync(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function xmlText(s: string): string {
  return s
    .replace(/<[^>]+>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&#(\d+);/gu, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/gu, '&');
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const c of /^[A-Z]+/u.exec(ref)?.[0] ?? '') n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** The first worksheet of an .xlsx as rows of cell strings (shared strings resolved). */
export function readXlsxRows(buf: Buffer): string[][] {
  const files = readZip(buf);
  const shared = [
    ...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/gu),
  ].map((m) => xmlText(m[1]!.replace(/<rPh[\s\S]*?<\/rPh>/gu, '')));
  const sheet = files.get('xl/worksheets/sheet1.xml')?.toString('utf8') ?? '';
  const rows: string[][] = [];
  for (const row of sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/gu)) {
    const cells: string[] = [];
    for (const c of row[1]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
      const inner = c[3] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/u.exec(inner)?.[1];
      const isShared = /t="s"/u.test(c[2]!);
      const text =
        isShared && v !== undefined
          ? (shared[Number(v)] ?? '')
          : xmlText(v ?? /<is>([\s\S]*?)<\/is>/u.exec(inner)?.[1] ?? '');
      cells[columnIndex(c[1]!)] = text;
    }
    rows.push(Array.from(cells, (x) => x ?? ''));
  }
  return rows;
}
