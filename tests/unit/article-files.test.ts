// The one article-file reader (local/article-files.ts): each format read as ingest and the S3
// function read it, folders expanded alike, and a file that is no article kept with its reason.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSourceFile } from '#core/sources/files';
import { expandArticlePaths, readArticleFile, readArticleFiles } from '#local/article-files';

const FINLAND = 'tests/fixtures/feeds/articles/finland.html';
const dir = mkdtempSync(join(tmpdir(), 'tw-article-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Title: Finland leaves\nOutlet: Nordic Times\nPublished: 2025-06-27\nURL: https://nordic.test/fin\n\n';
const FIELDS = {
  title: 'Finland leaves',
  outlet: 'Nordic Times',
  published: '2025-06-27',
  url: 'https://nordic.test/fin',
};
const BODY = "Finland's parliament approved the country's withdrawal from the Ottawa Convention on Thursday.";

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('readArticleFile: each format', () => {
  it('.txt: the Title/Outlet/Published/URL header block and the body', () => {
    const [a, more] = readArticleFile(write('a.txt', HEADER + BODY), dir);
    expect(more).toBeUndefined();
    expect(a).toEqual({ ...FIELDS, text: BODY, source: 'a.txt' });
  });

  it('.md: read as an article file, header included', () => {
    const [a] = readArticleFile(write('b.md', `${HEADER}${BODY}\n`), dir);
    expect(a).toEqual({ ...FIELDS, text: BODY, source: 'b.md' });
  });

  it('.html: Readability main text without markup, the page date and the site name as outlet', () => {
    const [a] = readArticleFile(FINLAND);
    expect(a.rejection).toBeUndefined();
    expect(a.title).toMatch(/^Finland approves leaving landmine ban treaty/);
    expect(a.text).toMatch(/^HELSINKI, June 19 \(Wire\) - /);
    expect(a.text).toContain("Finland's parliament approved the country's withdrawal from the Ottawa Convention");
    expect(a.text).not.toMatch(/<\/?[a-z]+[\s>]/i);
    expect(a.text).not.toMatch(/cookies|Most read|Celebrity chef/);
    expect(a).toMatchObject({ published: '2025-06-27T10:00:00.000Z', outlet: 'Nordic Times', source: FINLAND });
  });

  it('.json: one article, or a batch whose items are named <file>#<n>', () => {
    const [one] = readArticleFile(write('c.json', JSON.stringify({ title: 'T', outlet: 'O', text: BODY })), dir);
    expect(one).toEqual({ text: BODY, title: 'T', outlet: 'O', source: 'c.json' });
    const articles = [{ text: BODY }, { text: `${BODY} Again.` }];
    const batch = readArticleFile(write('d.json', JSON.stringify({ articles })), dir);
    expect(batch.map((a) => a.source)).toEqual(['d.json#0', 'd.json#1']);
  });

  it('the same bytes give the same article as the S3 function reads from a bucket', () => {
    for (const path of [FINLAND, write('e.txt', HEADER + BODY)]) {
      const [local] = readArticleFile(path, dir);
      expect(local).toEqual(parseSourceFile(local.source!, readFileSync(path))[0]);
    }
  });

  it('what is no article comes back with its reason instead of an exception', () => {
    const [empty] = readArticleFile(write('empty.txt', ''), dir);
    expect(empty).toMatchObject({ source: 'empty.txt', rejection: 'the file is empty' });
    const [front] = readArticleFile('tests/fixtures/feeds/articles/section-front.html');
    expect(front.rejection).toMatch(/^not an article: \d+ words/);
    expect(readArticleFile(write('f.pdf', '%PDF'), dir)[0].rejection).toMatch(/^unsupported file type/);
    const [gone] = readArticleFile(join(dir, 'gone.txt'), dir);
    expect(gone).toMatchObject({ text: '', rejection: expect.stringMatching(/^file could not be read: ENOENT/) });
  });

  it('labels a file by its path relative to the working folder, or as given outside it', () => {
    const path = write('g.txt', BODY);
    expect(readArticleFile(path, dir)[0].source).toBe('g.txt');
    expect(readArticleFile(path, join(dir, 'elsewhere'))[0].source).toBe(path);
  });
});

describe('folders', () => {
  const root = join(dir, 'tree');
  write('tree/1.txt', BODY);
  write('tree/2.html', readFileSync(FINLAND, 'utf8'));
  write('tree/notes.csv', 'a,b');
  write('tree/.hidden.txt', BODY);
  write('tree/sub/3.txt', BODY);

  it('one level of the types the reader reads, sorted; other types are ignored, dot-files left out', () => {
    const files = [join(root, '1.txt'), join(root, '2.html')];
    expect(expandArticlePaths([root])).toEqual({ files, ignored: [join(root, 'notes.csv')] });
  });

  it('recursively when asked (ingest); a missing path is an error', () => {
    const files = [join(root, '1.txt'), join(root, '2.html'), join(root, 'sub', '3.txt')];
    expect(expandArticlePaths([root], { recursive: true }).files).toEqual(files);
    expect(() => expandArticlePaths([join(dir, 'nowhere')])).toThrow(/no such file or folder/);
  });

  it('readArticleFiles reads what the folder holds, each file as readArticleFile reads it', () => {
    const inputs = readArticleFiles([root], { cwd: dir });
    expect(inputs.map((a) => a.source)).toEqual(['tree/1.txt', 'tree/2.html']);
    expect(inputs[1]).toEqual(readArticleFile(join(root, '2.html'), dir)[0]);
  });
});
