function walk(n) {
  if (n === 0) {
    console.log('bottom reached; exit 5');
    process.exit(5);
  }
  try {
    walk(n - 1);
  } catch (e) {
    console.log('never caught');
  }
}
walk(10);
