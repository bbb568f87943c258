/**
 * The site's own words in the Traditional edition: every label, heading and message the pages show around the
 * articles. This edition is the one editors write in, so its words are the source the Simplified edition's
 * (./zh-hans.ts) are written against, entry for entry; TypeScript holds the two to the same keys.
 *
 * Words that frame a number or a link are split where the markup goes (`mentioned` + count + `units.times`), so a
 * component writes `{words.mentioned}<span>{n}</span>{words.units.times}` without any word of its own.
 */
export const zhHant = {
  skipToContent: '跳到正文',
  siteNavigation: '網站導覽',
  nav: { home: '首頁', topics: '主題', actors: '人物', archive: '存檔', search: '搜尋' },
  editionToggle: '中文版本',

  /** Counting words: how a count of each thing is written after the number. */
  units: {
    articles: '篇',
    /** Quotes and reported speech on an actor's pages. */
    quotes: '則',
    /** The values of a figure series. */
    values: '筆',
    /** Actors of any kind: people, states and organisations alike. */
    actors: '個',
    times: '次',
    /** Groups of figures (series). */
    series: '組',
  },
  /** Before a total: 共 N 篇. */
  total: '共',
  /** Between the parts of one line (count・link). */
  separator: '・',
  /** Between the names of a list. */
  listComma: '、',

  pagination: '分頁',
  pageOf: (current: number, last: number) => `第${current}頁，共${last}頁`,
  previousPage: '上一頁',
  nextPage: '下一頁',
  pagedTitle: (title: string, page: number) => `${title}（第${page}頁）`,
  /** A list shown newest first (src/lib/paging/newest-first.ts): its own address, and the way to newer and older pages. */
  newestPage: '最新',
  pageNumber: (page: number) => `第${page}頁`,
  newerPage: '較新',
  olderPage: '較舊',
  /** A group of a list that began on the page before. */
  continuedFromPrevious: '續上頁',
  continuedOn: '續見',

  article: {
    updatedOn: '更新於',
    sources: '消息來源',
    sourceRoles: { original: '原文', syndication: '轉載', cited: '引用' },
    imageCredits: '圖片來源（未刊出）',
    heroImage: '題圖',
    caption: '圖說',
    topics: '主題',
    readNext: '延伸閱讀',
    alsoMentions: (names: string) => `同樣提及${names}`,
    sameTopic: (topic: string) => `同屬主題：${topic}`,
    corrections: '更正與更新',
    correctionKinds: { correction: '更正', update: '更新' },
    /** On a page `npm run dev` previews: a draft, or an article under embargo until the time given. */
    previewDraft: '草稿（draft: true）：只在 npm run dev 中預覽，建置不會刊出。',
    previewEmbargo: (until: string) => `禁發至 ${until}：只在 npm run dev 中預覽，建置在此之前不會刊出。`,
  },

  sidebars: {
    label: '人物、引述、關鍵數字與時間線',
    index: '側欄索引',
    sections: {
      actors: { heading: '人物與機構', label: '人物' },
      quotes: { heading: '引述', label: '引述' },
      figures: { heading: '關鍵數字', label: '數字' },
      charts: { heading: '圖表', label: '圖表' },
      timeline: { heading: '時間線', label: '時間線' },
    },
    /** The folded rest of the actors: a count word for people, states and organisations alike. */
    otherActors: (count: number) => `其餘 ${count} 個`,
    mentionCount: (count: number) => `提及${count}次`,
    /** The link from an actor's entry to the actor's own page, and its accessible name. */
    actorPage: '專頁',
    actorPageOf: (name: string) => `${name}專頁`,
    quoteVia: (name: string) => `據${name}`,
    figureEarlier: '此前：',
    figureFirstRecord: '首次記錄',
    figureTrend: (values: number) => `走勢（${values}筆）`,
    /** Between the two dates of a span, read out by screen readers only. */
    until: '至',
    marksSwitch: '在文中標出人物、引述與數字',
    markAll: '標出文中每處提及',
    close: '關閉',
  },

  actors: {
    kinds: { person: '人物', state: '國家', organisation: '機構與媒體' },
    index: '人物與機構',
    indexDescription: '本站文章提及的人物、國家與機構，以及提及它們的文章。',
    byName: '人物與機構：按名稱',
    byNameDescription: '本站文章提及的人物、國家與機構，按名稱的拼音排列。',
    orders: '排列方式',
    orderByKindAndCount: '按類別與文章數',
    orderByName: '按名稱',
    initials: '首字母',
    mentioned: '提及',
    /** An actor's two quote lists: what it said, and what it reported others saying. */
    quoteLists: {
      quotes: { section: '引述', heading: (name: string) => `${name}的引述`, all: '則引述' },
      reported: { section: '經其報導的引述', heading: (name: string) => `經${name}報導的引述`, all: '則經其報導的引述' },
    },
    all: '全部',
    pageOf: (name: string) => `${name}的專頁`,
    articles: '提及的文章',
    noArticles: (name: string) => `目前沒有文章提及${name}。`,
    saidWith: '與',
    saidTogether: '共同表示',
    attributedTo: '——',
    via: '據',
    reportedVerb: '報導',
    clauseComma: '，',
    appearances: '出現頻率',
    perYear: '每年',
    perMonth: '每月',
    articleCount: '文章數',
    appearancesLabel: (per: string, counts: string) => `${per}提及的文章數：${counts}`,
    most: '最多',
    company: '經常一同出現',
    rolesOverTime: '各篇文章所述的角色',
  },

  lists: {
    latest: '最新文章',
    topics: '主題',
    topicsDescription: '本站文章的主題，以及每個主題的文章數。',
    topic: (name: string) => `主題：${name}`,
    topicDescription: (name: string, count: number) => `本站關於「${name}」的文章，共${count}篇。`,
    /** On an older page of a list, which does not count the whole list (its count would change with every article). */
    topicDescriptionUncounted: (name: string) => `本站關於「${name}」的文章。`,
    allTopics: '所有主題',
    articlesUnit: '篇文章',
    archive: '文章存檔',
    archiveDescription: '本站所有文章，按年份與月份排列。',
    monthDescription: (month: string, count: number) => `${month}的文章，共${count}篇。`,
    monthDescriptionUncounted: (month: string) => `${month}的文章。`,
    otherMonths: '其他月份',
    older: '較早：',
    newer: '較新：',
    seeAlso: '另見',
    seriesInArchive: '：文章反覆引用的',
    keyFigures: '組關鍵數字',
  },

  series: {
    index: '數據系列',
    indexDescription: '本站文章反覆引用的關鍵數字，以及它們隨時間的變化。',
    indexSummary: '文章反覆引用、衡量同一事物的關鍵數字，按時間排列。',
    latest: '最新',
    trend: '走勢',
    trendOfLatest: (count: number) => `走勢（最近${count}筆）`,
    description: (label: string, count: number) => `${label}：本站文章記錄的${count}筆數字。`,
    descriptionUncounted: (label: string) => `${label}：本站文章記錄的數字。`,
    eachFromAnArticle: '每筆出自一篇文章',
    unit: (unit: string) => `・單位：${unit}`,
    values: '各篇文章的數字',
  },

  search: {
    heading: '搜尋',
    label: '搜尋文章（繁體、简体皆可）',
    submit: '搜尋',
    topic: '主題',
    allTopics: '所有主題',
    year: '年份',
    allYears: '所有年份',
    order: '排序',
    byRelevance: '相關度',
    newest: '最新',
    /** Without JavaScript: the sentence around its two links, to the topics and to the archive. */
    needsScript: { before: '搜尋需要啟用 JavaScript。所有文章都可以', byTopic: '按主題', or: '或', byMonth: '按月份（存檔）', after: '瀏覽。' },
    more: '顯示更多結果',
    /**
     * What the page's script (src/scripts/search.ts) says, read from the page: `%name%` stands for what it fills
     * in (counts, the query as searched, a year).
     */
    messages: {
      searching: '搜尋中…',
      found: '找到 %count% 篇',
      'found-all': '找到 %count% 篇，其中 %all% 篇含所有詞語',
      // Until every year was searched (the newest first, src/scripts/search.ts): the years searched, down to %since%.
      'found-since': '找到 %count% 篇（%since%年至今）',
      'found-all-since': '找到 %count% 篇（%since%年至今），其中 %all% 篇含所有詞語',
      /** The "more" button once the years searched are all shown. */
      earlier: '搜尋更早的文章',
      shown: '，顯示 %shown% 篇',
      converted: '（以「%query%」搜尋）',
      none: '沒有找到相關文章',
      year: '%year%年',
      failed: '搜尋無法載入，請稍後再試',
    },
  },

  notFound: {
    heading: '找不到這個頁面',
    explanation: '這個網址沒有頁面：可能已經移動，或網址有誤。可以從',
    or: '或',
    startFrom: '找起，或搜尋文章：',
    searchArticles: '搜尋文章',
    search: '搜尋',
    /** On /404.html, outside the editions: the link to this edition's home. */
    toHome: '前往繁體中文版首頁',
  },
};

/** The shape every edition's catalogue has: this one's. */
export type SiteWords = typeof zhHant;
