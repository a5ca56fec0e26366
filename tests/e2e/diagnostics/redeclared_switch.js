// A lexical declaration and a function declaration of the same name in one case block.
function pick(n) {
  switch (n) {
    case 1:
      let f = 1;
      return f;
    default:
      function f() {}
  }
}
console.log(pick(1));
