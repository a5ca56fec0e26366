// Annex B: escape/unescape and the String.prototype HTML methods.
console.log('x'.anchor('a"b'), 'y'.big(), 'z'.link('u'), 'w'.fontsize(3), 'q'.sub(), 's'.bold());
console.log(escape('a b+c/ä€😀@*_-.'), unescape('%u20AC%E4%zz%u12'), unescape(escape('héllo wörld €')));
console.log(String.prototype.anchor.length, String.prototype.big.name);
try { String.prototype.big.call(null) } catch (e) { console.log(e.message) }
