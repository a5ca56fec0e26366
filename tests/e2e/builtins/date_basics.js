// Date: construction, UTC getters and setters, day/time arithmetic, conversions.
const d = new Date(Date.UTC(2022, 2, 1, 10, 20, 30, 456));
console.log(d.getTime(), d.valueOf(), +d);
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(),
  d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(d.toISOString(), d.toJSON(), d.toUTCString(), d.toGMTString());
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString);

// Constructor forms.
console.log(new Date(0).toISOString(), new Date(-1).toISOString());
console.log(new Date(d).getTime() === d.getTime(), new Date(new Date(5)).getTime());
console.log(new Date("2022-03-01").getTime(), new Date("2022-03-01T10:00:00Z").getTime());
console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString());
console.log(new Date(8.64e15 + 1).getTime(), new Date(NaN).getTime(), new Date(Infinity).getTime());
console.log(new Date(1.9).getTime(), new Date(-1.9).getTime(), Object.is(new Date(-0.5).getTime(), 0));
console.log(new Date({ valueOf() { return 77; } }).getTime(), new Date(true).getTime(), new Date(null).getTime());
console.log(typeof Date(), typeof Date(2020, 1), typeof new Date(), Date.length, Date.name);
console.log(typeof Date.now(), Date.now() > 1.6e12);

// Date.UTC and two-digit years.
console.log(Date.UTC(2022), Date.UTC(2022, 0), Date.UTC(99, 0), Date.UTC(100, 0), Date.UTC(-1, 0), Date.UTC());
console.log(Date.UTC(2022, 13, 1), Date.UTC(2022, -1, 1), Date.UTC(2022, 0, 0), Date.UTC(2022, 0, 1, 25, 61, 61, 1001));
console.log(Date.UTC(2022, 0, 1.9, 0.5), Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1));
console.log(Date.UTC(2020, 1, 29), Date.UTC(2021, 1, 29), Date.UTC(1900, 1, 29), Date.UTC(2000, 1, 29));

// UTC setters: argument count matters, NaN propagates.
const s = new Date(0);
console.log(s.setUTCFullYear(2020), s.toISOString());
console.log(s.setUTCMonth(5, 15), s.toISOString());
console.log(s.setUTCDate(31), s.toISOString());
console.log(s.setUTCHours(23, 59, 59, 999), s.toISOString());
console.log(s.setUTCMinutes(0), s.setUTCSeconds(0), s.setUTCMilliseconds(5), s.toISOString());
console.log(s.setUTCHours(48), s.toISOString());
console.log(s.setUTCMonth(), s.getTime(), s.setUTCFullYear(2000, 0, 1), s.toISOString());
console.log(s.setTime(123), s.setTime("456"), s.setTime(), s.getTime());
const n = new Date(NaN);
console.log(n.setUTCHours(1), n.setUTCDate(1), n.setUTCFullYear(2001), n.toISOString());
console.log(n.setUTCFullYear(NaN), n.getUTCFullYear(), n.getUTCDay());

// Invalid dates.
const bad = new Date("nonsense");
console.log(bad.getTime(), String(bad), bad.toDateString(), bad.toUTCString(), bad.toJSON(), JSON.stringify(bad));
try { bad.toISOString(); } catch (e) { console.log(e.name, e.message); }
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e.name, e.message); }
try { Date.prototype.valueOf.call(Date.prototype); } catch (e) { console.log(e.name, e.message); }

// Conversions: @@toPrimitive prefers strings for the default hint.
const e = new Date(1000);
console.log(e - 500, e * 1, e > new Date(999), typeof (e + 1), `${e.toISOString()}`);
const tp = Date.prototype[Symbol.toPrimitive];
console.log(tp.name, tp.length, tp.call(e, "number"), typeof tp.call(e, "default"));
try { tp.call(e, "other"); } catch (x) { console.log(x.name, x.message); }
try { tp.call(1, "number"); } catch (x) { console.log(x.name); }
console.log(JSON.stringify({ when: e, list: [new Date(0)] }));
console.log(Date.prototype.toJSON.call({ toISOString() { return "custom"; } }));
console.log(Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return "x"; } }));
console.log(Object.prototype.toString.call(e), Object.prototype.toString.call(Date.prototype));

// Years outside 0..9999.
console.log(new Date(Date.UTC(-1, 0)).toISOString(), new Date(Date.UTC(10000, 0)).toISOString());
console.log(new Date(Date.UTC(-1, 0)).toUTCString(), new Date(Date.UTC(12345, 0)).toUTCString());

// Subclassing and inspection.
class Stamp extends Date {
  label() { return "stamp:" + this.toISOString(); }
}
const st = new Stamp(0);
console.log(st.label(), st instanceof Date, st instanceof Stamp);
console.log(d, [d, bad], { d });
const withProp = new Date(0);
withProp.note = "x";
console.log(withProp, st);
console.log(Object.getOwnPropertyNames(Date).sort().join());
console.log(Object.getOwnPropertyNames(Date.prototype).length);
