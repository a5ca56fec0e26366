// Reading a property of null/undefined throws before an object key is converted (no toString call).
try { null[{toString(){throw new Error("tostring")}}] } catch(e) { console.log(e.message) }
try { var b=null; b[{toString(){throw new Error("tostring")}}] ^= 1 } catch(e) { console.log(e.message) }
try { null["x"] } catch(e) { console.log(e.message) }
try { var o={toString(){return "k"}}; null[o] } catch(e) { console.log(e.message) }
try { null[Symbol('s')] } catch(e) { console.log(e.message) }
