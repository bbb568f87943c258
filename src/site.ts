/** Site-wide settings that pages and feeds share. */
export const SITE = {
  /** Masthead, in Traditional script (the Simplified edition converts it with everything else). */
  name: '國際新聞分析',
  /** One line about the site, for the index page and metadata. */
  description: '國際新聞的深度分析：誰是當事方、誰說了什麼、分析依據哪些數字。',
} as const;
