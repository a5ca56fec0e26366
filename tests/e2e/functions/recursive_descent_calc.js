// expr   := term (('+' | '-') term)*
// term   := factor (('*' | '/' | '%') factor)*
// factor := unary ('^' factor)?
// unary  := '-' unary | primary
// primary:= number | '(' expr ')' | ident '(' expr ')'
function Parser(src) {
  this.src = src;
  this.pos = 0;
}
Parser.prototype.peek = function () {
  while (this.src.charAt(this.pos) === ' ') this.pos++;
  return this.src.charAt(this.pos);
};
Parser.prototype.expect = function (ch) {
  if (this.peek() !== ch) throw new SyntaxError('expected ' + ch + ' at ' + this.pos + ' got "' + this.peek() + '"');
  this.pos++;
};
Parser.prototype.expr = function () {
  var v = this.term();
  for (;;) {
    var c = this.peek();
    if (c === '+') { this.pos++; v += this.term(); }
    else if (c === '-') { this.pos++; v -= this.term(); }
    else return v;
  }
};
Parser.prototype.term = function () {
  var v = this.factor();
  for (;;) {
    var c = this.peek();
    if (c === '*') { this.pos++; v *= this.factor(); }
    else if (c === '/') {
      this.pos++;
      var d = this.factor();
      if (d === 0) throw new RangeError('division by zero');
      v /= d;
    }
    else if (c === '%') { this.pos++; v %= this.factor(); }
    else return v;
  }
};
Parser.prototype.factor = function () {
  var base = this.unary();
  if (this.peek() === '^') { this.pos++; return base ** this.factor(); }
  return base;
};
Parser.prototype.unary = function () {
  if (this.peek() === '-') { this.pos++; return -this.unary(); }
  return this.primary();
};
var funcs = { sqrt: Math.sqrt, abs: Math.abs, floor: Math.floor };
Parser.prototype.primary = function () {
  var c = this.peek();
  if (c === '(') { this.pos++; var v = this.expr(); this.expect(')'); return v; }
  var start = this.pos;
  if (c >= 'a' && c <= 'z') {
    while (this.src.charAt(this.pos) >= 'a' && this.src.charAt(this.pos) <= 'z') this.pos++;
    var name = this.src.slice(start, this.pos);
    if (!(name in funcs)) throw new ReferenceError('unknown function ' + name);
    this.expect('(');
    var arg = this.expr();
    this.expect(')');
    return funcs[name](arg);
  }
  while ('0123456789.'.includes(this.src.charAt(this.pos)) && this.pos < this.src.length) this.pos++;
  if (start === this.pos) throw new SyntaxError('unexpected "' + c + '" at ' + start);
  return parseFloat(this.src.slice(start, this.pos));
};
function evaluate(s) {
  var p = new Parser(s);
  var v = p.expr();
  if (p.peek() !== '') throw new SyntaxError('trailing input at ' + p.pos);
  return v;
}
var tests = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '10 % 4 + 0.5',
  'sqrt(16) + abs(-3)', 'floor(7 / 2) * (3 - -1)', '1 / 0', '2 * (3 + 4', 'foo(1)', '1 + * 2', '3 3',
  '((((((1))))))', '1.5 * 1.5 - 0.25'];
for (var i = 0; i < tests.length; i++) {
  try {
    console.log(tests[i], '=', evaluate(tests[i]));
  } catch (e) {
    console.log(tests[i], '->', e.name + ': ' + e.message);
  }
}
