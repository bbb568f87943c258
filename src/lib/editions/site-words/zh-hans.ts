/**
 * The site's own words in the Simplified edition, written as a mainland reader expects them rather than converted
 * from the Traditional ones (./zh-hant.ts, entry for entry). Where the two differ beyond the script, the word is
 * the one mainland sites use:
 * - 主页 for an actor's page (专页 reads as a special feature), 引语 for quotations (引述 is the verb),
 *   归档 for the archive (存档 is saving a file), 搜索 and 导航 (not 搜寻, 导览), 图注 for a caption (图说 is
 *   Taiwanese), 报道 (not 报导);
 * - 条 for quotes and 个 for values and actors (則 and 筆 are Taiwanese counters; 个 counts people, states and
 *   organisations alike), 接上页 for a list continued from the page before;
 * - “” quotation marks, as the Simplified edition's text has them (src/lib/editions/conversion/punctuation.ts).
 *
 * The page's conversion still runs over these words and must leave them as written: tests/unit/site-words.test.ts
 * holds every one of them to that.
 */
import type { SiteWords } from './zh-hant';

export const zhHans: SiteWords = {
  skipToContent: '跳到正文',
  siteNavigation: '网站导航',
  nav: { home: '首页', topics: '主题', actors: '人物', archive: '归档', search: '搜索' },
  editionToggle: '中文版本',

  units: { articles: '篇', quotes: '条', values: '个', actors: '个', times: '次', series: '组' },
  total: '共',
  separator: '・',
  listComma: '、',

  pagination: '分页',
  pageOf: (current, last) => `第${current}页，共${last}页`,
  previousPage: '上一页',
  nextPage: '下一页',
  pagedTitle: (title, page) => `${title}（第${page}页）`,
  continuedFromPrevious: '接上页',
  continuedOn: '续见',

  article: {
    updatedOn: '更新于',
    sources: '消息来源',
    sourceRoles: { original: '原文', syndication: '转载', cited: '引用' },
    imageCredits: '图片来源（未刊出）',
    heroImage: '题图',
    caption: '图注',
    topics: '主题',
    readNext: '延伸阅读',
    alsoMentions: (names) => `同样提及${names}`,
    sameTopic: (topic) => `同属主题：${topic}`,
    corrections: '更正与更新',
    correctionKinds: { correction: '更正', update: '更新' },
    previewDraft: '草稿（draft: true）：只在 npm run dev 中预览，构建不会发布。',
    previewEmbargo: (until) => `禁发至 ${until}：只在 npm run dev 中预览，构建在此之前不会发布。`,
  },

  sidebars: {
    label: '人物、引语、关键数字与时间线',
    index: '侧栏索引',
    sections: {
      actors: { heading: '人物与机构', label: '人物' },
      quotes: { heading: '引语', label: '引语' },
      figures: { heading: '关键数字', label: '数字' },
      charts: { heading: '图表', label: '图表' },
      timeline: { heading: '时间线', label: '时间线' },
    },
    otherActors: (count) => `其余 ${count} 个`,
    mentionCount: (count) => `提及${count}次`,
    actorPage: '主页',
    actorPageOf: (name) => `${name}的主页`,
    quoteVia: (name) => `据${name}`,
    figureEarlier: '此前：',
    figureFirstRecord: '首次记录',
    figureTrend: (values) => `走势（${values}个）`,
    until: '至',
    marksSwitch: '在文中标出人物、引语与数字',
    markAll: '标出文中每处提及',
    close: '关闭',
  },

  actors: {
    kinds: { person: '人物', state: '国家', organisation: '机构与媒体' },
    index: '人物与机构',
    indexDescription: '本站文章提及的人物、国家与机构，以及提及它们的文章。',
    byName: '人物与机构：按名称',
    byNameDescription: '本站文章提及的人物、国家与机构，按名称的拼音排列。',
    orders: '排列方式',
    orderByKindAndCount: '按类别与文章数',
    orderByName: '按名称',
    initials: '首字母',
    mentioned: '提及',
    quoteLists: {
      quotes: { section: '引语', heading: (name) => `${name}的引语`, all: '条引语' },
      reported: { section: '经其报道的引语', heading: (name) => `经${name}报道的引语`, all: '条经其报道的引语' },
    },
    all: '全部',
    pageOf: (name) => `${name}的主页`,
    articles: '提及的文章',
    noArticles: (name) => `目前没有文章提及${name}。`,
    saidWith: '与',
    saidTogether: '共同表示',
    attributedTo: '——',
    via: '据',
    reportedVerb: '报道',
    clauseComma: '，',
    appearances: '出现频率',
    perYear: '每年',
    perMonth: '每月',
    articleCount: '文章数',
    appearancesLabel: (per, counts) => `${per}提及的文章数：${counts}`,
    most: '最多',
    company: '经常一同出现',
    rolesOverTime: '各篇文章所述的角色',
  },

  lists: {
    latest: '最新文章',
    topics: '主题',
    topicsDescription: '本站文章的主题，以及每个主题的文章数。',
    topic: (name) => `主题：${name}`,
    topicDescription: (name, count) => `本站关于“${name}”的文章，共${count}篇。`,
    allTopics: '所有主题',
    articlesUnit: '篇文章',
    archive: '文章归档',
    archiveDescription: '本站所有文章，按年份与月份排列。',
    monthDescription: (month, count) => `${month}的文章，共${count}篇。`,
    otherMonths: '其他月份',
    older: '较早：',
    newer: '较新：',
    seeAlso: '另见',
    seriesInArchive: '：文章反复引用的',
    keyFigures: '组关键数字',
  },

  series: {
    index: '数据系列',
    indexDescription: '本站文章反复引用的关键数字，以及它们随时间的变化。',
    indexSummary: '文章反复引用、衡量同一事物的关键数字，按时间排列。',
    latest: '最新',
    trend: '走势',
    trendOfLatest: (count) => `走势（最近${count}个）`,
    description: (label, count) => `${label}：本站文章记录的${count}个数字。`,
    eachFromAnArticle: '，每个出自一篇文章',
    unit: (unit) => `・单位：${unit}`,
    values: '各篇文章的数字',
  },

  search: {
    heading: '搜索',
    label: '搜索文章（繁体、简体皆可）',
    submit: '搜索',
    topic: '主题',
    allTopics: '所有主题',
    year: '年份',
    allYears: '所有年份',
    order: '排序',
    byRelevance: '相关度',
    newest: '最新',
    needsScript: { before: '搜索需要启用 JavaScript。所有文章都可以', byTopic: '按主题', or: '或', byMonth: '按月份（归档）', after: '浏览。' },
    more: '显示更多结果',
    messages: {
      searching: '正在搜索…',
      found: '找到 %count% 篇',
      'found-all': '找到 %count% 篇，其中 %all% 篇含所有词语',
      shown: '，显示 %shown% 篇',
      converted: '（以“%query%”搜索）',
      none: '没有找到相关文章',
      year: '%year%年',
      failed: '搜索无法加载，请稍后再试',
    },
  },

  notFound: {
    heading: '找不到这个页面',
    explanation: '这个网址没有页面：可能已经移动，或网址有误。可以从',
    or: '或',
    startFrom: '找起，或搜索文章：',
    searchArticles: '搜索文章',
    search: '搜索',
    toHome: '前往简体中文版首页',
  },
};
