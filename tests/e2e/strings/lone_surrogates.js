// Lone surrogate escapes in string and template literals keep their code units.
console.log('\ud800'.charCodeAt(0), `a\udc00b`.charCodeAt(1), 'ok \u00e9 \u{1F600}'.length, JSON.stringify('\ud800'));
