console.log(typeof 1, typeof 1.5, typeof NaN, typeof Infinity);
console.log(typeof 'str', typeof '', typeof `tpl`);
console.log(typeof true, typeof false);
console.log(typeof undefined, typeof null);
console.log(typeof {}, typeof [], typeof [1, 2]);
console.log(typeof function () {}, typeof (() => 1), typeof console.log);
console.log(typeof Math, typeof Math.floor, typeof parseInt);
console.log(typeof new Error('x'), typeof Error);
console.log(typeof typeof 1);
var fn = function named() {};
console.log(typeof fn);
console.log(typeof (1 + '1'), typeof (1 - '1'));
console.log(typeof void 0);
function Ctor() {}
console.log(typeof new Ctor(), typeof Ctor.prototype);
