/**
 * Taiwan words the mainland vocabulary does not convert yet, because the right mainland word depends on the
 * sentence (影片 is a video or a film) or because the word is also part of other words (查德 in 調查德國). Each
 * build names every one an article's Simplified text still holds as Taiwan writes it (src/content.config.ts prints
 * the lines): an editor reads the sentence and, if it means the Taiwan sense, adds the word to the article's
 * `conversion` map, or a longer word that settles it to the vocabulary (mainland-vocabulary.yaml).
 *
 * A word here is never also a key of the vocabulary (the unit test checks it): once the vocabulary converts a
 * word everywhere, it has nothing left to report. Words a mainland reader also writes in most of their senses
 * (资料, 支援, 智慧, 装置, 连线) are not listed: naming every one would bury the few that need an editor.
 */
import type { SimplifiedConverter } from './converter';

/** Word as Taiwan writes it → what a mainland reader writes, by meaning. */
export const WORDS_TO_CHECK: Readonly<Record<string, string>> = {
  影片: '视频 for a video (影片 is a film)',
  簡報: '简报 for a briefing, 演示文稿 or 幻灯片 for slides',
  檔案: '文件 for a computer file (档案 is an archive or dossier)',
  訊息: '信息 or 消息',
  數位: '数字 for digital (数位 is several people)',
  東加: '汤加 for Tonga',
  查德: '乍得 for Chad',
  馬利: '马里 for Mali',
  獅子山: '塞拉利昂 for Sierra Leone',
  聖地牙哥: '圣迭戈 for San Diego, 圣地亚哥 for Santiago',
  伯恩: '伯尔尼 for Bern',
  機車: '摩托车 for a motorbike (机车 is a locomotive)',
  公車: '公交车 for a bus (公车 is an official car)',
  戰車: '坦克 for a tank (战车 is a combat vehicle)',
  捷運: '地铁 or 轨道交通 for a metro',
  移工: '外籍劳工 or 外来务工人员',
  員警: '警员 or 警察',
  業者: '企业, 商家 or 从业者',
  福斯: '福克斯 for Fox, 大众 for Volkswagen',
};

export interface WordLeft {
  word: string;
  /** Where it stands in the text. */
  index: number;
  /** What a mainland reader writes. */
  mainland: string;
}

/** Every word, longest first. */
const ALTERNATIVES = Object.keys(WORDS_TO_CHECK)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** For matchAll (which copies it); a separate pattern for test(), whose `lastIndex` would move on a global one. */
const WORDS = new RegExp(ALTERNATIVES, 'gu');
const ANY_WORD = new RegExp(ALTERNATIVES, 'u');

/** Whether `text` holds a word to check at all: a cheap test before the converter is asked. */
export function mayHoldWordsToCheck(text: string): boolean {
  return ANY_WORD.test(text);
}

/**
 * The words to check that `converter` leaves as OpenCC's characters make them in `text`: those not inside an
 * override or a vocabulary word (短影片), either of which says what the word means there.
 */
export function wordsLeftToCheck(text: string, converter: SimplifiedConverter): WordLeft[] {
  if (!mayHoldWordsToCheck(text)) return [];
  const stretches = converter.charactersOnly(text);
  const left: WordLeft[] = [];
  for (const match of text.matchAll(WORDS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (stretches.some((stretch) => stretch.start <= start && end <= stretch.end)) {
      left.push({ word: match[0], index: start, mainland: WORDS_TO_CHECK[match[0]] ?? '' });
    }
  }
  return left;
}
