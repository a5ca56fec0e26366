// A regular expression literal with an invalid pattern is a compile-time error, as in node.
const ok = /a+/g;
const bad = /(?<a>.)\k<b>/u;
