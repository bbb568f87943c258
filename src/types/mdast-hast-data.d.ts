// mdast-util-to-hast declares `data.hName` / `data.hProperties` on mdast nodes: the fields remark plugins set to
// choose the HTML element. Referencing it here brings that declaration into every file that claims directives.
/// <reference types="mdast-util-to-hast" />
