import { z } from 'astro/zod';
import { kebabCaseId } from './ids';

/**
 * `content/tags.yaml`: every tag articles may use, one `word: id` pair a line (e.g. `拉丁美洲: latin-america`).
 * The key is the word as articles write it in `tags` (Traditional script) and is the topic's display name; the
 * value is its id. Default: no tags (the file may be absent while no article has tags).
 */
export const TagVocabularySchema = z.record(
  z.string().trim().min(1, 'a tag needs its word'),
  // The id becomes the topic page's address (`/zh-hant/topics/<id>/`).
  kebabCaseId({ example: 'latin-america', notText: 'must be the tag id, e.g. latin-america' }),
  { error: 'must be a list of `word: id` pairs' },
);
