console.log('label:', { a: 1 }, [1, 2], 'tail');
console.log(1, '1', [1], ['1'], { k: '1' });
console.log('x', undefined, 'y', null);
console.log([], {}, '', [''], { '': '' });
var obj = { nested: { deeper: { deepest: { bottom: true } } } };
console.log('obj:', obj, 'end');
console.log(true, 'true', [true, 'true']);
console.log('100%', 'done');
