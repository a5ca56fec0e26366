console.log('single \'quoted\'');
console.log("double \"quoted\"");
console.log('tab:\t|');
console.log('newline:\nsecond line');
console.log('backslash: \\');
console.log('hex: \x41\x42');
console.log('unicode: \u0041\u00e9');
console.log('unicode braces: \u{48}\u{49}');
console.log('null char length', '\0'.length);
console.log('a\
b');
console.log('mixed "quotes" and \'apostrophes\'');
console.log(['it\'s', 'say "hi"', 'both \' and "', 'back`tick']);
console.log('\u00e9'.length, 'caf\u00e9');
