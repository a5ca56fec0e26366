for (var i = 0; i < 10; i++) {
  console.log('iteration', i);
  if (i === 2) process.exit(0);
}
console.log('never printed');
