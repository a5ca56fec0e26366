// Local time: the getters and setters agree with the UTC ones shifted by getTimezoneOffset,
// whatever the machine's time zone (nothing printed here depends on it).
const instants = [0, 1646130030456, 1656676800000, -1e12, 951782400000, 1e13];
for (const t of instants) {
  const d = new Date(t);
  const shifted = new Date(t - d.getTimezoneOffset() * 60000);
  console.log(
    d.getFullYear() === shifted.getUTCFullYear(), d.getMonth() === shifted.getUTCMonth(),
    d.getDate() === shifted.getUTCDate(), d.getDay() === shifted.getUTCDay(),
    d.getHours() === shifted.getUTCHours(), d.getMinutes() === shifted.getUTCMinutes(),
    d.getSeconds() === shifted.getUTCSeconds(), d.getMilliseconds() === shifted.getUTCMilliseconds(),
    d.getYear() === d.getFullYear() - 1900,
  );
}

// The multi-argument constructor reads local fields.
const a = new Date(2022, 2, 1, 10, 20, 30, 456);
console.log(a.getFullYear(), a.getMonth(), a.getDate(), a.getDay(), a.getHours(), a.getMinutes(), a.getSeconds(), a.getMilliseconds());
console.log(a.getTime() === Date.UTC(2022, 2, 1, 10, 20, 30, 456) + a.getTimezoneOffset() * 60000);
console.log(new Date(99, 0).getFullYear(), new Date(100, 0).getFullYear(), new Date(2022, 0).getDate());
console.log(new Date(2022, 0, 31, 0, 0, 0, 0).getTime() === new Date(2022, 0, 31).getTime());
console.log(new Date(2022, 12, 1).getFullYear(), new Date(2022, 12, 1).getMonth(), new Date(2022, 1, 29).getMonth());
console.log(new Date(NaN, 0).getTime(), new Date(2022, NaN).getTime(), new Date(2022, 0, Infinity).getTime());

// Local setters.
const s = new Date(2020, 0, 15, 12, 0, 0);
console.log(s.setFullYear(2021) === new Date(2021, 0, 15, 12).getTime());
s.setMonth(5, 30);
console.log(s.getMonth(), s.getDate());
s.setDate(31);
console.log(s.getMonth(), s.getDate());
s.setHours(25, 61, 61, 1001);
console.log(s.getDate(), s.getHours(), s.getMinutes(), s.getSeconds(), s.getMilliseconds());
s.setMinutes(5, 6, 7);
s.setSeconds(8);
s.setMilliseconds(9);
console.log(s.getHours(), s.getMinutes(), s.getSeconds(), s.getMilliseconds());
s.setYear(95);
console.log(s.getFullYear(), s.getYear());
s.setYear(2030);
console.log(s.getFullYear());
console.log(s.setYear(NaN), s.getTime());
const inv = new Date(NaN);
console.log(inv.setHours(1), inv.setDate(1), inv.setMonth(1), inv.getHours(), inv.getDay(), inv.getTimezoneOffset());
inv.setFullYear(2022);
console.log(inv.getFullYear(), inv.getMonth(), inv.getDate(), inv.getHours());

// Walking through a year hour by hour keeps local fields consistent (DST included).
let ok = true;
for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2023, 0, 1); t += 3600000) {
  const d = new Date(t);
  const back = new Date(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes());
  const off = d.getTimezoneOffset();
  if (Math.abs(back.getTime() - t) > 3600000 || !Number.isInteger(off)) ok = false;
}
console.log(ok);

// Month lengths and leap years through setDate(0).
const lengths = [];
for (let m = 1; m <= 12; m++) lengths.push(new Date(2024, m, 0).getDate());
console.log(lengths.join(), new Date(2023, 2, 0).getDate(), new Date(1900, 2, 0).getDate(), new Date(2000, 2, 0).getDate());
