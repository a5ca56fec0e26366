// The directive makes the whole function strict, including the string before it.
function f() {
  "\101";
  "use strict";
  return 1;
}
console.log(f());
