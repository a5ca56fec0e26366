// Throws while loading: node removes it from the cache, so the next require runs it again.
globalThis.throwsRuns = (globalThis.throwsRuns || 0) + 1;
exports.partial = true;
throw new Error('throws.js failed (run ' + globalThis.throwsRuns + ')');
