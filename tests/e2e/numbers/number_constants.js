console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.EPSILON, Number.EPSILON > 0, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_VALUE * 2, Number.MIN_VALUE / 2);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(Number.MAX_SAFE_INTEGER + 2, Number.MAX_SAFE_INTEGER === 2 ** 53 - 1);
