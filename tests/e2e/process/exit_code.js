console.log('before exit');
function finish() {
  console.log('exiting with 3');
  process.exit(3);
}
finish();
console.log('after exit (never printed)');
