function makePair() {
  var value = 0;
  function get() { return value; }
  function set(v) { value = v; }
  return [get, set];
}
var p = makePair();
var get = p[0], set = p[1];
console.log(get());
set(42);
console.log(get());
var q = makePair();
console.log(q[0](), get());
function outer() {
  var x = 'outer x';
  function middle() {
    var y = 'middle y';
    function inner() { return x + ' / ' + y; }
    x = 'changed x';
    return inner;
  }
  return middle();
}
console.log(outer()());
var shared = (function () {
  var log = [];
  return {
    add: function (s) { log.push(s); return log.length; },
    dump: function () { return log.join(','); }
  };
})();
shared.add('a'); shared.add('b');
console.log(shared.dump());
var late = function () { return laterVar; };
var laterVar = 'assigned after closure created';
console.log(late());
