// V8's TypeError messages for destructuring null and undefined.
function show(f) { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
show(() => { const { a } = null; });
show(() => { const { b } = undefined; });
show(() => { let x; ({ c: x } = null); });
show(() => { const {} = null; });
show(() => { function f({ d }) { return d; } f(); });
