// Automatic semicolon insertion and comments
var a = 1
var b = 2
/* block
   comment */
console.log(a + b)
function f() {
  return
  42
}
console.log(f())
var c = a
++b
console.log(c, b)
let s = 'x' // trailing comment
console.log(s)
var i = 0
while (i < 3) i++
console.log(i)
var obj = {
  k: 1, // comment inside literal
  /* another */ j: 2
}
console.log(obj.k + obj.j)
