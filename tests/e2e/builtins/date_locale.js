// toLocaleString / toLocaleDateString / toLocaleTimeString with options, in node's en-US
// formats (timeZone: "UTC" keeps the output independent of the machine's zone).
const d = new Date(Date.UTC(2022, 2, 1, 9, 5, 7));
const midnight = new Date(Date.UTC(2022, 2, 1, 0, 5, 7));
const noon = new Date(Date.UTC(2022, 2, 1, 12, 0, 0));
const options = [
  {}, { year: "numeric", month: "long", day: "numeric" }, { weekday: "long", year: "numeric", month: "long", day: "numeric" },
  { month: "short", day: "numeric" }, { month: "long" }, { year: "numeric", month: "short" },
  { year: "numeric", month: "2-digit", day: "2-digit" }, { year: "2-digit", month: "2-digit", day: "2-digit" },
  { hour: "2-digit", minute: "2-digit" }, { hour: "numeric", minute: "2-digit" }, { hour: "numeric" },
  { hour: "numeric", hour12: false }, { hour12: false }, { hourCycle: "h23" }, { hour: "numeric", hourCycle: "h11" },
  { weekday: "short" }, { weekday: "narrow" }, { month: "narrow" }, { year: "numeric" }, { day: "numeric" },
  { month: "numeric", day: "numeric" }, { weekday: "short", month: "numeric", day: "numeric", year: "numeric" },
  { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }, { minute: "2-digit" }, { minute: "2-digit", second: "2-digit" },
  { timeZoneName: "short" }, { hour: "numeric", minute: "numeric", timeZoneName: "short" }, { era: "short" },
  { dateStyle: "full" }, { dateStyle: "long" }, { dateStyle: "medium" }, { dateStyle: "short" },
  { timeStyle: "full" }, { timeStyle: "long" }, { timeStyle: "medium" }, { timeStyle: "short" },
  { dateStyle: "full", timeStyle: "short" }, { dateStyle: "medium", timeStyle: "short" }, { dateStyle: "short", timeStyle: "long" },
  { dateStyle: "short", hour: "numeric" }, { dateStyle: "bad" }, { weekday: "bogus" }, { timeZone: "Nowhere/City" },
];
for (const o of options) {
  const withUtc = Object.assign({ timeZone: "UTC" }, o);
  for (const [name, date] of [["d", d], ["midnight", midnight], ["noon", noon]]) {
    const out = [];
    for (const m of ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"]) {
      try {
        out.push(date[m]("en-US", withUtc));
      } catch (e) {
        out.push(e.name + ": " + e.message);
      }
    }
    console.log(JSON.stringify(o), name, JSON.stringify(out));
  }
}
console.log(new Date(NaN).toLocaleDateString("en-US", { timeZone: "UTC" }));
console.log(new Date(Date.UTC(-5, 0, 1)).toLocaleString("en-US", { timeZone: "UTC", era: "short" }));

// A few other locales' default formats; zone names are matched without regard to case.
const late = new Date(Date.UTC(2022, 10, 21, 21, 5, 7));
for (const l of ["en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "nl-NL", "sv-SE", "ja-JP", "zh-CN", "ru-RU", "pl-PL", "en-AU", "en-CA", "en-IN", ["de", "en"], "en"]) {
  const o = { timeZone: "utc" };
  console.log(JSON.stringify(l), JSON.stringify([d.toLocaleString(l, o), d.toLocaleDateString(l, o), d.toLocaleTimeString(l, o), late.toLocaleString(l, o)]));
}
