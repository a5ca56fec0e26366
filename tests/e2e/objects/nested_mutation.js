var state = { users: [], meta: { version: 1, tags: [] } };
function addUser(s, name) {
  s.users.push({ name: name, id: s.users.length + 1, roles: [] });
  s.meta.version++;
}
addUser(state, 'ann');
addUser(state, 'ben');
state.users[0].roles.push('admin');
state.meta.tags.push('beta');
console.log(state);
console.log(JSON_like(state.meta));
function JSON_like(o) {
  var parts = [];
  for (var k in o) parts.push(k + '=' + o[k]);
  return '{' + parts.join(';') + '}';
}
var alias = state.users[1];
alias.name = 'BEN';
console.log(state.users[1].name);
var copy = {};
for (var k in state.meta) copy[k] = state.meta[k];
copy.version = 99;
copy.tags.push('shared array');
console.log(state.meta, copy);
var grid = {};
for (var r = 0; r < 3; r++) {
  grid['row' + r] = {};
  for (var c = 0; c < 3; c++) grid['row' + r]['c' + c] = r * 3 + c;
}
console.log(grid);
