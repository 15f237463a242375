// The edit that sets the publication date in the front matter, creating the front matter if there is none.
import type { Article, TextEdit } from './types';

export function setPublicationDateEdit(article: Article, date: string): TextEdit {
  const fm = article.frontMatter;
  if (!fm) return { start: 0, end: 0, newText: `---\ndate: ${date}\n---\n` };
  const yaml = article.text.slice(fm.yaml.start, fm.yaml.end);
  const line = /^(date|published)[ \t]*:.*$/m.exec(yaml);
  if (line) return { start: fm.yaml.start + line.index, end: fm.yaml.start + line.index + line[0].length, newText: `${line[1]}: ${date}` };
  return { start: fm.yaml.start, end: fm.yaml.start, newText: `date: ${date}\n` };
}
