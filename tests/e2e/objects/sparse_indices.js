// Sparse indexed properties of ordinary objects (ids as keys, 1e9 literals): stored apart from the dense elements.
const byId = {};
byId[123456789] = "a"; byId[5] = "b"; byId[4000000000] = "c"; byId.name = "n";
console.log(byId, Object.keys(byId), byId[123456789], 123456789 in byId, byId[99999999]);
for (const k in byId) console.log("key", k);
console.log(JSON.stringify(byId));
delete byId[123456789];
console.log(Object.keys(byId), byId.hasOwnProperty(4000000000));
const o = { 1e9: 1, get 2e9() { return 2; } };
console.log(o, o[2e9], Object.getOwnPropertyDescriptor(o, "1000000000"));
Object.freeze(o);
o[1e9] = 5; console.log(o[1e9], Object.isFrozen(o));
const p = {}; p[3e9] = 1; for (let i = 0; i < 10; i++) p[i] = i; console.log(Object.keys(p).length, p[3e9]);
const q = {}; q[2000000] = "x"; q[0] = "y"; console.log(q);
