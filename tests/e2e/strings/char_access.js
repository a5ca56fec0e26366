var s = 'Hello, World';
console.log(s.length, s[0], s[7], s[100], s.charAt(4), s.charAt(100) === '', s.charAt(-1) === '');
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(100), s.charCodeAt());
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(0x263A));
console.log(String.fromCharCode(65 + 256 * 256), String.fromCharCode(97.9));
var codes = [];
for (var i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
console.log(codes.join(' '));
var rot13 = '';
for (var j = 0; j < s.length; j++) {
  var c = s.charCodeAt(j);
  if (c >= 65 && c <= 90) c = (c - 65 + 13) % 26 + 65;
  else if (c >= 97 && c <= 122) c = (c - 97 + 13) % 26 + 97;
  rot13 += String.fromCharCode(c);
}
console.log(rot13);
console.log('abc'[1], 'abc'['length']);
var str = 'immutable';
str[0] = 'X';
console.log(str);
