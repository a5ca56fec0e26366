try {
  console.log('in try');
  process.exit(7);
} finally {
  console.log('finally does not run after process.exit');
}
