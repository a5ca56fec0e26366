// Static fields without an initializer (computed, string and identifier names) are undefined properties.
var computed = 'h';
var C = class { static f = 1; static [computed]; static 'g'; };
console.log(Object.keys(C));
