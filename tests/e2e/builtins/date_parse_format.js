// Date.parse: the ISO format and the formats toString/toUTCString produce, plus V8's legacy
// forms. Strings without a zone are local time: print only UTC-anchored results or the
// difference from the same fields built with new Date(y, m, d, ...).
const utcForms = [
  "2022-03-01", "2022-03", "2022", "+002022-03-01", "-000001-01-01T00:00:00Z", "+275760-09-13T00:00:00.000Z",
  "2022-03-01T10:00:00Z", "2022-03-01T10:00Z", "2022-03-01T10:00:00.5Z", "2022-03-01T10:00:00.123456Z",
  "2022-03-01T10:00:00.000+05:30", "2022-03-01T10:00:00-0800", "2022-03-01t10:00z",
  "Tue, 01 Mar 2022 10:00:00 GMT", "Tue Mar 01 2022 10:00:00 GMT+0000 (Coordinated Universal Time)",
  "Thu Jan 01 1970 00:00:00 GMT+0100 (CET)", "Mar 1, 2022 10:00:00 GMT+0530", "Mar 1 2022 10:00 UTC",
  "Mar 1 2022 10:00 z", "Mar 1 2022 10:00 UT", "Mar 1 2022 10:00 +2", "Mar 1 2022 10:00 +02:30",
  "Mar 1 2022 10:00 -130", "Mar 1 2022 10:00 GMT-5", "Mar 1 2022 10:00 EST", "Mar 1 2022 10:00 PDT",
  "Sat, 01-Jan-2000 08:00:00 GMT", "1 March 2022 10:00:00.123 GMT", "2022-03-01 10:00:00Z",
];
for (const s of utcForms) {
  const t = Date.parse(s);
  console.log(JSON.stringify(s), t, isNaN(t) ? "" : new Date(t).toISOString());
}

const invalid = [
  "", "foo", "2022-13-01", "2022-03-01T24:00:01", "2022-03-01T10:00:60Z", "-000000-01-01T00:00:00Z",
  "2022-03-01T10Z", "2022-03-01T10:00:00+02", "2022-03-01T10:00:00.Z", "2000-01-01TZ",
  "Mar 1 2022 25:00", "Mar 32 2022", "31.12.2022", "Mar 1 2022 13:00 PM", "Mar 1 -2022",
  "+275760-09-13T00:00:00.001Z", "-271821-04-19T23:59:59.999Z", "2022 x",
];
console.log(invalid.map((s) => Date.parse(s)).join());

// Local-time forms: equal to the same wall-clock fields in local time.
const local = [
  ["2022-03-01T10:00", 2022, 2, 1, 10, 0],
  ["2022-03-01T10:00:00.250", 2022, 2, 1, 10, 0, 0, 250],
  ["2022-03-01 10:00", 2022, 2, 1, 10, 0],
  ["2022/03/01 10:00", 2022, 2, 1, 10, 0],
  ["2022-3-1", 2022, 2, 1],
  ["Tue Mar 01 2022", 2022, 2, 1],
  ["March 1, 2022", 2022, 2, 1],
  ["1 March 2022", 2022, 2, 1],
  ["Mar 1 2022 10:00 PM", 2022, 2, 1, 22, 0],
  ["Mar 1 2022 12:00 AM", 2022, 2, 1, 0, 0],
  ["Mar 1 2022 10:5:3", 2022, 2, 1, 10, 5, 3],
  ["12/31/1999 23:59:59", 1999, 11, 31, 23, 59, 59],
  ["12.31.2022", 2022, 11, 31],
  ["2022.12.31", 2022, 11, 31],
  ["Feb 30 2022", 2022, 1, 30],
  ["Mar 1 99", 1999, 2, 1],
  ["Mar 1 49", 2049, 2, 1],
  ["March 1", 2001, 2, 1],
  ["1/2", 2001, 0, 2],
  ["2022-03-01T24:00", 2022, 2, 2],
];
for (const [s, ...f] of local) {
  console.log(JSON.stringify(s), Date.parse(s) === new Date(...f).getTime());
}

// Round trips through the string forms.
const times = [0, 1646130030000, -62198755200000, 8.64e15, -8.64e15, 253402300799000];
for (const t of times) {
  const d = new Date(t);
  console.log(Date.parse(d.toString()) === t, Date.parse(d.toUTCString()) === t, Date.parse(d.toISOString()) === t);
}
console.log(new Date(2022, 2, 1).getTime() === Date.parse(new Date(2022, 2, 1).toString()));

// Format shapes that do not depend on the zone.
const d = new Date(2022, 2, 1, 9, 5, 7);
console.log(d.toDateString(), d.toLocaleDateString(), d.toLocaleTimeString(), d.toLocaleString());
console.log(new Date(2022, 11, 31, 23, 59, 59).toLocaleString(), new Date(2022, 0, 1, 12, 0, 0).toLocaleTimeString());
console.log(/^\d\d:\d\d:\d\d GMT[+-]\d{4} \(.+\)$/.test(d.toTimeString()));
console.log(/^Tue Mar 01 2022 09:05:07 GMT[+-]\d{4} \(.+\)$/.test(d.toString()), String(d) === d.toString());
console.log(new Date(Date.UTC(2022, 2, 1, 15)).toLocaleString("en-US", { timeZone: "UTC" }));
console.log(new Date(Date.UTC(-5, 2, 1, 15)).toLocaleDateString("en-US", { timeZone: "UTC" }));
console.log(new Date(NaN).toLocaleString(), new Date(NaN).toTimeString());
