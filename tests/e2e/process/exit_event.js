// 'exit' listeners see the code and can change process.exitCode.
process.on('exit', (code) => {
  console.log('exiting with', code);
  process.exitCode = 9;
});
console.log('work');
process.exitCode = 4;
