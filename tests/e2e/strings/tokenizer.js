function tokenize(src) {
  var tokens = [];
  var i = 0;
  while (i < src.length) {
    var ch = src.charAt(i);
    if (ch === ' ' || ch === '\t') { i++; continue; }
    if (ch >= '0' && ch <= '9' || ch === '.') {
      var start = i;
      while (i < src.length && (src.charAt(i) >= '0' && src.charAt(i) <= '9' || src.charAt(i) === '.')) i++;
      tokens.push({ type: 'num', value: parseFloat(src.slice(start, i)) });
      continue;
    }
    if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch === '_') {
      var s = i;
      while (i < src.length && /* ident chars */ (src.charAt(i) >= 'a' && src.charAt(i) <= 'z' || src.charAt(i) >= 'A' && src.charAt(i) <= 'Z' || src.charAt(i) === '_' || src.charAt(i) >= '0' && src.charAt(i) <= '9')) i++;
      tokens.push({ type: 'ident', value: src.slice(s, i) });
      continue;
    }
    if ('+-*/%^()'.indexOf(ch) !== -1) {
      tokens.push({ type: 'op', value: ch });
      i++;
      continue;
    }
    throw new SyntaxError('unexpected character ' + ch + ' at ' + i);
  }
  return tokens;
}
var inputs = ['1 + 2', '3.5*(x_1 - 42)/y', '  2^10 % 7', 'foo(bar) - .5', 'a $ b'];
for (var k = 0; k < inputs.length; k++) {
  try {
    var t = tokenize(inputs[k]);
    console.log(t.map(function (tok) { return tok.type + ':' + tok.value; }).join(' '));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log(tokenize('1+x'));
