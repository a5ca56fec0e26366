// One million awaited promises: an async loop awaiting an async function's result each
// step, then a chain of 200,000 .then() reactions.
async function step(i) {
  return i + 1;
}

async function main() {
  let x = 0;
  for (let i = 0; i < 1000000; i++) {
    x = await step(x);
  }
  console.log(x);
  let p = Promise.resolve(0);
  for (let i = 0; i < 200000; i++) {
    p = p.then((v) => v + 1);
  }
  console.log(await p);
}

main();
