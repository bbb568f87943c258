/** content/tags.yaml: every tag's id, and what the build says when a tag or the file is wrong. */
import { describe, expect, it } from 'vitest';
import { ContentError, locateIssues } from '../../src/lib/content/locate-issues';
import { parseTagVocabulary } from '../../src/inputs/tags-file';
import { topicsOf, unknownTagIssues } from '../../src/lib/topics/tag-vocabulary';

function issuesOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof ContentError) return error.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`);
    throw error;
  }
  return [];
}

describe('the tag vocabulary', () => {
  it('maps each word to its topic: the word is the name, the value the id', () => {
    const vocabulary = parseTagVocabulary('tags.yaml', '# tags\n能源: energy\n拉丁美洲: latin-america\n');
    expect(vocabulary.get('拉丁美洲')).toEqual({ id: 'latin-america', name: '拉丁美洲' });
    expect(topicsOf(['能源', '拉丁美洲', '能源'], vocabulary).topics.map((topic) => topic.id)).toEqual(['energy', 'latin-america']);
  });

  it('refuses an id that is not ASCII kebab-case, naming file, line and word', () => {
    expect(issuesOf(() => parseTagVocabulary('content/tags.yaml', '能源: energy\n貿易: 貿易\n'))).toEqual([
      'content/tags.yaml:2: 貿易: must be ASCII kebab-case, e.g. latin-america: it becomes the address',
    ]);
  });

  it('refuses two words on one id', () => {
    expect(issuesOf(() => parseTagVocabulary('content/tags.yaml', '能源: energy\n\n能源政策: energy\n'))).toEqual([
      'content/tags.yaml:3: 能源政策: id "energy" is already the id of 能源',
    ]);
  });

  it('names the line of each tag the vocabulary does not know, in the article', () => {
    const vocabulary = parseTagVocabulary('tags.yaml', '能源: energy\n');
    const source = '---\ntitle: x\ntags:\n  - 能源\n  - 太空\n---\n\nText.\n';
    const { topics, unknown } = topicsOf(['能源', '太空'], vocabulary);
    expect(topics).toEqual([{ id: 'energy', name: '能源' }]);
    expect(locateIssues('content/articles/x.md', source, unknownTagIssues(unknown, 'content/tags.yaml')).map((issue) => `${issue.line} ${issue.field}: ${issue.message}`)).toEqual([
      '5 tags[1]: unknown tag "太空": add a line `太空: <ascii-id>` to content/tags.yaml',
    ]);
  });
});
