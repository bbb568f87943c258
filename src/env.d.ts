// Lets mdast nodes carry `data.hName` / `data.hProperties`, the fields remark plugins use to choose the HTML
// element a node becomes (declared by mdast-util-to-hast).
/// <reference types="mdast-util-to-hast" />
