function grade(score) {
  if (score >= 90) {
    return 'A';
  } else if (score >= 80) {
    return 'B';
  } else if (score >= 70) {
    return 'C';
  } else {
    return 'F';
  }
}
var scores = [95, 85, 75, 65, 90, 80, 70];
for (var i = 0; i < scores.length; i++) console.log(scores[i], grade(scores[i]));
var x = 0;
if (x) console.log('truthy'); else console.log('falsy');
if ('0') console.log("'0' is truthy");
if ([]) console.log('[] is truthy');
if (null) { console.log('never'); }
if (NaN) {} else { console.log('NaN is falsy'); }
if (x === 0)
  if (false) console.log('inner');
  else console.log('dangling else binds to inner if');
