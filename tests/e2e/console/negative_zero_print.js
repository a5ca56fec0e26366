console.log(-0);
console.log([-0]);
console.log([0, -0, 0]);
console.log({ a: -0, b: 0 });
console.log(-0, '' + -0, String(-0), `${-0}`);
console.log([[-0]], { n: { z: -0 } });
console.log(0 * -5, -0 / 3, Math.round(-0.2));
