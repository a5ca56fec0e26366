console.log('[' + '  padded  '.trim() + ']');
console.log('[' + '\t\n x y \r\n'.trim() + ']');
console.log('[' + ''.trim() + ']', '[' + '   '.trim() + ']');
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase());
console.log('MiXeD 123 !?'.toLowerCase(), 'straße'.toUpperCase(), 'ÉCOLE'.toLowerCase());
function titleCase(s) {
  return s.split(' ').map(function (w) { return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(); }).join(' ');
}
console.log(titleCase('the qUICK brown FOX'));
function camel(s) {
  var parts = s.split('_');
  var out = parts[0];
  for (var i = 1; i < parts.length; i++) out += parts[i].charAt(0).toUpperCase() + parts[i].slice(1);
  return out;
}
console.log(camel('snake_case_to_camel'));
console.log('\u00a0nbsp\u00a0'.trim().length);
