/**
 * Every page's script, as one file (one request, one gzip stream: the article page's budget counts the bytes):
 * the edition toggle's (edition-toggle.ts), and the marks' (mark-cards.ts), which does nothing on a page without
 * an article.
 */
import './edition-toggle';
import './mark-cards';
