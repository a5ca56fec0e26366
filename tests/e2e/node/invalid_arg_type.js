// node's ERR_INVALID_ARG_TYPE errors: code property, message with the received value described.
for (const v of [1, 'abcdefghijklmnopqrstuvwxyz0123', null, undefined, {}, [], function foo() {}, Symbol('s'), true, 0]) {
  try { setTimeout(v) } catch (e) { console.log(e.code, e.message) }
}
try { setTimeout('x') } catch (e) { console.log(String(e.stack).split('\n')[0], Object.keys(e)) }
