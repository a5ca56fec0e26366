let x = 'outer';
{
  let x = 'inner';
  console.log(x);
  {
    const x = 'innermost';
    console.log(x);
  }
  console.log(x);
}
console.log(x);
const obj = { n: 1 };
obj.n = 2;
console.log(obj.n);
const arr = [1];
arr.push(2);
console.log(arr);
if (true) {
  let y = 10;
  const z = y + 1;
  console.log(y, z);
}
console.log(typeof y, typeof z);
function shadow(p) {
  let q = p + 1;
  {
    let p = 100;
    q += p;
  }
  return q;
}
console.log(shadow(1));
let u;
console.log(u);
