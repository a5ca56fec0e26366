//! Date (§21.4): the constructor (called as a function it returns the current time as a
//! string), Date.now/parse/UTC, and every Date.prototype method, including Annex B's
//! getYear/setYear/toGMTString, as node v20 behaves.
//!
//! A Date object is a cell of class `Class::Date` whose tail holds the time value (ms since
//! the epoch, UTC, or NaN) as an f64; it holds no heap values, so it needs no tracing.
//!
//! The spec's day/time arithmetic (MakeDay, MakeTime, MakeDate, TimeClip, the year/month/day
//! decomposition) works on f64 as the spec does, with the civil-calendar conversion done in
//! i64 (Howard Hinnant's days_from_civil / civil_from_days).
//!
//! Local time is the process time zone through libc (`localtime_r` and `tm_gmtoff`), so
//! `TZ=...` acts as in node. The offset is asked for at each instant, so DST and historical
//! offsets come out right; a local time that falls in a DST gap or overlap resolves as V8
//! does (the offset in force before the transition; the earlier of two instants).
//!
//! Date.parse follows V8's parser (src/date/dateparser*): the ES5 ISO format first (date-only
//! forms are UTC, date-times without an offset local), then V8's legacy grammar, which reads
//! what toString/toUTCString produce and the common "Mar 1 2022", "2022/03/01 10:00",
//! "1 March 2022 10:00 PM GMT+0200" forms.
//!
//! toLocale{,Date,Time}String use node's en-US formats ("3/1/2022, 10:00:00 AM"), or, without
//! options other than timeZone, the default format of a few common locales (en-GB, de, fr, es,
//! it, pt, nl, sv, ja, zh, ru, pl, en-AU/CA/IN); they honour dateStyle/timeStyle, the component options (weekday, era,
//! year, month, day, hour, minute, second, hour12, hourCycle, timeZoneName) and `timeZone` (an
//! IANA zone is applied by switching TZ around the computation).

use crate::atoms;
use crate::builtins::{constructor, define, method};
use crate::conv::{self, Hint};
use crate::error::{self, JsResult};
use crate::function::{self, CallArgs, NativeFn};
use crate::object::{self, Class, Key, Object};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::string;
use crate::value::Value;

#[repr(C)]
pub struct DateObject {
    pub base: Object,
    /// [[DateValue]]: a time value or NaN.
    pub time: f64,
}

// ----- the spec's arithmetic (§21.4.1) -----

const MS_PER_SECOND: f64 = 1000.0;
const MS_PER_MINUTE: f64 = 60_000.0;
const MS_PER_HOUR: f64 = 3_600_000.0;
const MS_PER_DAY: f64 = 86_400_000.0;
const MAX_TIME: f64 = 8.64e15;

fn day(t: f64) -> f64 {
    (t / MS_PER_DAY).floor()
}

fn time_within_day(t: f64) -> f64 {
    t.rem_euclid(MS_PER_DAY)
}

/// Days from 1970-01-01 to `y`-`m`-`d` (m in 1..=12) in the proleptic Gregorian calendar.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// (year, month 1..=12, day 1..=31) of day number `z` (days from 1970-01-01).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The fields of a (finite) time value: year, month 0..=11, date 1..=31, hours, minutes,
/// seconds, milliseconds, week day 0..=6 (Sunday first).
#[derive(Clone, Copy)]
struct Fields {
    year: i64,
    month: i64,
    date: i64,
    hour: i64,
    minute: i64,
    second: i64,
    ms: i64,
    weekday: i64,
}

fn fields(t: f64) -> Fields {
    let d = day(t) as i64;
    let (year, m, date) = civil_from_days(d);
    let tw = time_within_day(t) as i64;
    Fields {
        year,
        month: m - 1,
        date,
        hour: tw / 3_600_000,
        minute: tw / 60_000 % 60,
        second: tw / 1000 % 60,
        ms: tw % 1000,
        weekday: (d + 4).rem_euclid(7),
    }
}

/// MakeTime (§21.4.1.28).
fn make_time(h: f64, m: f64, s: f64, ms: f64) -> f64 {
    if !(h.is_finite() && m.is_finite() && s.is_finite() && ms.is_finite()) {
        return f64::NAN;
    }
    h.trunc() * MS_PER_HOUR + m.trunc() * MS_PER_MINUTE + s.trunc() * MS_PER_SECOND + ms.trunc()
}

/// MakeDay (§21.4.1.29).
fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !(year.is_finite() && month.is_finite() && date.is_finite()) {
        return f64::NAN;
    }
    let (y, m, dt) = (year.trunc(), month.trunc(), date.trunc());
    let ym = y + (m / 12.0).floor();
    // Years this far out give no time value TimeClip accepts, whatever `date` adds.
    if !ym.is_finite() || ym.abs() > 1e12 {
        return f64::NAN;
    }
    let mn = m.rem_euclid(12.0);
    days_from_civil(ym as i64, mn as i64 + 1, 1) as f64 + dt - 1.0
}

/// MakeDate (§21.4.1.30).
fn make_date(day: f64, time: f64) -> f64 {
    if !(day.is_finite() && time.is_finite()) {
        return f64::NAN;
    }
    let tv = day * MS_PER_DAY + time;
    if tv.is_finite() { tv } else { f64::NAN }
}

/// TimeClip (§21.4.1.31).
fn time_clip(t: f64) -> f64 {
    if !t.is_finite() || t.abs() > MAX_TIME {
        return f64::NAN;
    }
    t.trunc() + 0.0
}

// ----- local time -----

/// The local time zone's offset from UTC (ms) and its abbreviation at UTC instant `t`.
fn zone_at(t: f64) -> (f64, String) {
    let (o, a, _) = zone_info(t);
    (o, a)
}

/// The local offset (ms), abbreviation and whether daylight saving time is in force at UTC
/// instant `t`.
fn zone_info(t: f64) -> (f64, String, bool) {
    if !t.is_finite() {
        return (0.0, String::new(), false);
    }
    let secs = (t / 1000.0).floor().clamp(-1e17, 1e17) as libc::time_t;
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&secs, &mut tm).is_null() {
            return (0.0, String::new(), false);
        }
        let name = if tm.tm_zone.is_null() {
            String::new()
        } else {
            std::ffi::CStr::from_ptr(tm.tm_zone).to_string_lossy().into_owned()
        };
        (tm.tm_gmtoff as f64 * 1000.0, name, tm.tm_isdst > 0)
    }
}

/// The IANA name of the process time zone: $TZ, else where /etc/localtime points.
fn zone_id() -> Option<String> {
    let raw = match std::env::var("TZ") {
        Ok(tz) if !tz.is_empty() => tz,
        _ => std::fs::read_link("/etc/localtime").ok()?.to_string_lossy().into_owned(),
    };
    let raw = raw.strip_prefix(':').unwrap_or(&raw);
    Some(match raw.find("zoneinfo/") {
        Some(i) => raw[i + "zoneinfo/".len()..].to_string(),
        None => raw.to_string(),
    })
}

/// ICU's names (standard, daylight) for zones whose tz abbreviations are numeric or shared
/// with another zone.
fn zone_names_by_id(id: &str) -> Option<(&'static str, &'static str)> {
    let both = |s: &'static str| Some((s, s));
    match id {
        "America/Sao_Paulo" => Some(("Brasilia Standard Time", "Brasilia Summer Time")),
        "America/Argentina/Buenos_Aires" | "America/Buenos_Aires" => Some(("Argentina Standard Time", "Argentina Summer Time")),
        "America/Bogota" => Some(("Colombia Standard Time", "Colombia Summer Time")),
        "America/Lima" => Some(("Peru Standard Time", "Peru Summer Time")),
        "America/Santiago" => Some(("Chile Standard Time", "Chile Summer Time")),
        "America/Montevideo" => Some(("Uruguay Standard Time", "Uruguay Summer Time")),
        "America/Asuncion" => Some(("Paraguay Standard Time", "Paraguay Summer Time")),
        "America/Havana" => Some(("Cuba Standard Time", "Cuba Daylight Time")),
        "America/Caracas" => both("Venezuela Time"),
        "America/La_Paz" => both("Bolivia Time"),
        "America/Guayaquil" => both("Ecuador Time"),
        "Asia/Dubai" | "Asia/Muscat" => both("Gulf Standard Time"),
        "Asia/Riyadh" | "Asia/Kuwait" | "Asia/Qatar" | "Asia/Bahrain" | "Asia/Aden" | "Asia/Baghdad" => {
            Some(("Arabian Standard Time", "Arabian Daylight Time"))
        }
        "Asia/Singapore" => both("Singapore Standard Time"),
        "Asia/Bangkok" | "Asia/Ho_Chi_Minh" | "Asia/Saigon" | "Asia/Phnom_Penh" | "Asia/Vientiane" => both("Indochina Time"),
        "Asia/Kuala_Lumpur" => both("Malaysia Time"),
        "Asia/Dhaka" => Some(("Bangladesh Standard Time", "Bangladesh Summer Time")),
        "Asia/Kathmandu" | "Asia/Katmandu" => both("Nepal Time"),
        "Asia/Colombo" => both("India Standard Time"),
        "Asia/Tehran" => Some(("Iran Standard Time", "Iran Daylight Time")),
        "Asia/Kabul" => both("Afghanistan Time"),
        "Asia/Yangon" | "Asia/Rangoon" => both("Myanmar Time"),
        "Asia/Tashkent" => Some(("Uzbekistan Standard Time", "Uzbekistan Summer Time")),
        "Asia/Baku" => Some(("Azerbaijan Standard Time", "Azerbaijan Summer Time")),
        "Asia/Yerevan" => Some(("Armenia Standard Time", "Armenia Summer Time")),
        "Asia/Tbilisi" => Some(("Georgia Standard Time", "Georgia Summer Time")),
        "Asia/Manila" => Some(("Philippine Standard Time", "Philippine Summer Time")),
        "Asia/Taipei" => Some(("Taiwan Standard Time", "Taiwan Daylight Time")),
        "Asia/Vladivostok" => Some(("Vladivostok Standard Time", "Vladivostok Summer Time")),
        "Europe/Istanbul" | "Asia/Istanbul" => both("Türkiye Standard Time"),
        "Europe/Minsk" => both("Moscow Standard Time"),
        "Australia/Lord_Howe" => Some(("Lord Howe Standard Time", "Lord Howe Daylight Time")),
        "Pacific/Chatham" => Some(("Chatham Standard Time", "Chatham Daylight Time")),
        "Pacific/Fiji" => Some(("Fiji Standard Time", "Fiji Summer Time")),
        "Atlantic/Azores" => Some(("Azores Standard Time", "Azores Summer Time")),
        // 1968-71's year-round BST was standard time: ICU calls it GMT.
        "Europe/London" | "GB" => Some(("Greenwich Mean Time", "British Summer Time")),
        _ => None,
    }
}

fn offset_at(t: f64) -> f64 {
    zone_at(t).0
}

/// LocalTime (§21.4.1.25).
fn local_time(t: f64) -> f64 {
    t + offset_at(t)
}

/// UTC (§21.4.1.26): the instant whose local time is `t`. In a DST gap it uses the offset in
/// force before the transition; of two instants (an overlap) it takes the earlier, as V8 does.
fn utc(t: f64) -> f64 {
    if !t.is_finite() {
        return f64::NAN;
    }
    let before = offset_at(t - MS_PER_DAY);
    let after = offset_at(t + MS_PER_DAY);
    let mut best: Option<f64> = None;
    for o in [before, after] {
        let u = t - o;
        if offset_at(u) == o && best.is_none_or(|b| u < b) {
            best = Some(u);
        }
    }
    if best.is_none() {
        // Maybe a transition right at t: try the offset at t itself.
        let o = offset_at(t);
        if offset_at(t - o) == o {
            best = Some(t - o);
        }
    }
    best.unwrap_or(t - before)
}

/// The long name node (ICU) shows in toString for a zone abbreviation.
fn zone_long_name(abbrev: &str, offset_ms: f64) -> Option<&'static str> {
    Some(match abbrev {
        "UTC" | "UCT" | "Universal" | "Zulu" => "Coordinated Universal Time",
        "GMT" => "Greenwich Mean Time",
        "BST" => "British Summer Time",
        "IST" if offset_ms == 19_800_000.0 => "India Standard Time",
        "IST" if offset_ms == 3_600_000.0 => "Irish Standard Time",
        "IST" if offset_ms == 7_200_000.0 => "Israel Standard Time",
        "IDT" => "Israel Daylight Time",
        "EST" => "Eastern Standard Time",
        "EDT" => "Eastern Daylight Time",
        "CST" if offset_ms == 28_800_000.0 => "China Standard Time",
        "CST" if offset_ms == -18_000_000.0 => "Cuba Standard Time",
        "CST" => "Central Standard Time",
        "CDT" => "Central Daylight Time",
        "MST" => "Mountain Standard Time",
        "MDT" => "Mountain Daylight Time",
        "PST" => "Pacific Standard Time",
        "PDT" => "Pacific Daylight Time",
        "AKST" => "Alaska Standard Time",
        "AKDT" => "Alaska Daylight Time",
        "HST" => "Hawaii-Aleutian Standard Time",
        "HDT" => "Hawaii-Aleutian Daylight Time",
        "AST" => "Atlantic Standard Time",
        "ADT" => "Atlantic Daylight Time",
        "NST" => "Newfoundland Standard Time",
        "NDT" => "Newfoundland Daylight Time",
        "WET" => "Western European Standard Time",
        "WEST" => "Western European Summer Time",
        "CET" | "MET" => "Central European Standard Time",
        "CEST" | "MEST" => "Central European Summer Time",
        "EET" => "Eastern European Standard Time",
        "EEST" => "Eastern European Summer Time",
        "MSK" => "Moscow Standard Time",
        "JST" => "Japan Standard Time",
        "KST" => "Korean Standard Time",
        "HKT" => "Hong Kong Standard Time",
        "PKT" => "Pakistan Standard Time",
        "WIB" => "Western Indonesia Time",
        "SAST" => "South Africa Standard Time",
        "CAT" => "Central Africa Time",
        "EAT" => "East Africa Time",
        "WAT" => "West Africa Time",
        "AEST" => "Australian Eastern Standard Time",
        "AEDT" => "Australian Eastern Daylight Time",
        "ACST" => "Australian Central Standard Time",
        "ACDT" => "Australian Central Daylight Time",
        "AWST" => "Australian Western Standard Time",
        "NZST" => "New Zealand Standard Time",
        "NZDT" => "New Zealand Daylight Time",
        "ChST" => "Chamorro Standard Time",
        _ => return None,
    })
}

/// "(Eastern Standard Time)"'s text for UTC instant `t`: the zone's long name, the standard
/// one for local mean time, or "GMT+hh:mm".
fn zone_name(t: f64, offset: f64, abbrev: &str) -> String {
    if let Some((std, dst)) = zone_id().as_deref().and_then(zone_names_by_id) {
        return if zone_info(t).2 { dst } else { std }.into();
    }
    if let Some(n) = zone_long_name(abbrev, offset) {
        return n.into();
    }
    if abbrev == "LMT" {
        // Before standard time: ICU names the zone's standard time.
        let (o, a) = zone_at(946_684_800_000.0);
        if let Some(n) = zone_long_name(&a, o) {
            return n.into();
        }
    }
    if offset == 0.0 {
        return "GMT".into();
    }
    let (sign, abs) = if offset < 0.0 { ('-', -offset) } else { ('+', offset) };
    let mins = (abs / MS_PER_MINUTE) as i64;
    format!("GMT{sign}{:02}:{:02}", mins / 60, mins % 60)
}

// ----- formatting -----

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn year_string(y: i64) -> String {
    if y >= 0 { format!("{y:04}") } else { format!("-{:04}", -y) }
}

/// DateString (§21.4.4.41.2) of local time `t`: "Tue Mar 01 2022".
fn date_string(f: &Fields) -> String {
    format!("{} {} {:02} {}", DAYS[f.weekday as usize], MONTHS[f.month as usize], f.date, year_string(f.year))
}

/// TimeString: "10:00:00 GMT".
fn time_string(f: &Fields) -> String {
    format!("{:02}:{:02}:{:02} GMT", f.hour, f.minute, f.second)
}

/// TimeZoneString (§21.4.4.41.3) of UTC instant `tv`: "+0100 (Central European Standard Time)".
fn time_zone_string(tv: f64) -> String {
    let (offset, abbrev) = zone_at(tv);
    let (sign, abs) = if offset < 0.0 { ('-', -offset) } else { ('+', offset) };
    let mins = (abs / MS_PER_MINUTE).floor() as i64;
    format!("{sign}{:02}{:02} ({})", mins / 60, mins % 60, zone_name(tv, offset, &abbrev))
}

/// ToDateString (§21.4.4.41.4).
pub fn to_date_string(tv: f64) -> String {
    if tv.is_nan() {
        return "Invalid Date".into();
    }
    let f = fields(local_time(tv));
    format!("{} {}{}", date_string(&f), time_string(&f), time_zone_string(tv))
}

/// The toISOString form of a valid time value: "2022-03-01T10:00:00.000Z".
pub fn iso_string(tv: f64) -> String {
    let f = fields(tv);
    let y = if (0..=9999).contains(&f.year) {
        format!("{:04}", f.year)
    } else if f.year < 0 {
        format!("-{:06}", -f.year)
    } else {
        format!("+{:06}", f.year)
    };
    format!("{y}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", f.month + 1, f.date, f.hour, f.minute, f.second, f.ms)
}

/// How console.log shows a Date: its ISO string, or "Invalid Date".
pub fn display(v: Value) -> Option<String> {
    let tv = date_value(v)?;
    Some(if tv.is_nan() { "Invalid Date".into() } else { iso_string(tv) })
}

// ----- Date objects -----

/// The time value of `v` if it is a Date object.
pub fn date_value(v: Value) -> Option<f64> {
    let o = v.object_ref()?;
    if o.class() != Class::Date {
        return None;
    }
    Some(unsafe { (*(o as *const Object as *const DateObject)).time })
}

fn this_time(a: &CallArgs) -> JsResult<f64> {
    date_value(a.this).ok_or_else(|| error::throw_type_error("this is not a Date object."))
}

fn set_this_time(a: &CallArgs, t: f64) -> Value {
    unsafe { (*(a.this.as_object() as *mut DateObject)).time = t };
    Value::number(t)
}

fn new_date(proto: Value, t: f64) -> Value {
    let o = object::alloc(std::mem::size_of::<DateObject>(), Class::Date, proto);
    unsafe { (*(o as *mut DateObject)).time = t };
    Value::object(o)
}

fn now() -> f64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_millis() as f64,
        Err(e) => -(e.duration().as_millis() as f64),
    }
}

fn str_value(s: &str) -> Value {
    string::value_from_str(s)
}

// ----- installation -----

unsafe extern "C" {
    fn tzset();
}

struct ProtoCell(std::cell::UnsafeCell<u32>);
unsafe impl Sync for ProtoCell {}
static PROTO: ProtoCell = ProtoCell(std::cell::UnsafeCell::new(0));

fn prototype() -> Value {
    crate::gc::heap().handle(unsafe { *PROTO.0.get() })
}

pub fn install() {
    unsafe { tzset() };
    let r = realm();
    let proto = object::new_plain();
    unsafe { *PROTO.0.get() = crate::gc::heap().root(proto) };
    let c = constructor("Date", 7, construct, proto);
    method(c, "now", 0, date_now);
    method(c, "parse", 1, date_parse);
    method(c, "UTC", 7, date_utc);

    method(proto, "toString", 0, to_string);
    method(proto, "toDateString", 0, to_date_string_method);
    method(proto, "toTimeString", 0, to_time_string);
    method(proto, "toISOString", 0, to_iso_string);
    let utc_string = method(proto, "toUTCString", 0, to_utc_string);
    define(proto, "toGMTString", utc_string, WRITABLE | CONFIGURABLE);
    let accessors: [(&str, u32, NativeFn, Option<(&str, u32, NativeFn)>); 8] = [
        ("getDate", 0, |a| get(a, true, F_DATE), Some(("setDate", 1, |a| set(a, true, F_DATE, 1)))),
        ("getDay", 0, |a| get(a, true, F_WEEKDAY), None),
        ("getFullYear", 0, |a| get(a, true, F_YEAR), Some(("setFullYear", 3, |a| set(a, true, F_YEAR, 3)))),
        ("getHours", 0, |a| get(a, true, F_HOUR), Some(("setHours", 4, |a| set(a, true, F_HOUR, 4)))),
        ("getMilliseconds", 0, |a| get(a, true, F_MS), Some(("setMilliseconds", 1, |a| set(a, true, F_MS, 1)))),
        ("getMinutes", 0, |a| get(a, true, F_MINUTE), Some(("setMinutes", 3, |a| set(a, true, F_MINUTE, 3)))),
        ("getMonth", 0, |a| get(a, true, F_MONTH), Some(("setMonth", 2, |a| set(a, true, F_MONTH, 2)))),
        ("getSeconds", 0, |a| get(a, true, F_SECOND), Some(("setSeconds", 2, |a| set(a, true, F_SECOND, 2)))),
    ];
    for (name, len, f, setter) in accessors {
        method(proto, name, len, f);
        if let Some((name, len, f)) = setter {
            method(proto, name, len, f);
        }
    }
    method(proto, "getTime", 0, value_of);
    method(proto, "setTime", 1, set_time);
    method(proto, "getTimezoneOffset", 0, get_timezone_offset);
    let utc_accessors: [(&str, u32, NativeFn, Option<(&str, u32, NativeFn)>); 8] = [
        ("getUTCDate", 0, |a| get(a, false, F_DATE), Some(("setUTCDate", 1, |a| set(a, false, F_DATE, 1)))),
        ("getUTCDay", 0, |a| get(a, false, F_WEEKDAY), None),
        ("getUTCFullYear", 0, |a| get(a, false, F_YEAR), Some(("setUTCFullYear", 3, |a| set(a, false, F_YEAR, 3)))),
        ("getUTCHours", 0, |a| get(a, false, F_HOUR), Some(("setUTCHours", 4, |a| set(a, false, F_HOUR, 4)))),
        ("getUTCMilliseconds", 0, |a| get(a, false, F_MS), Some(("setUTCMilliseconds", 1, |a| set(a, false, F_MS, 1)))),
        ("getUTCMinutes", 0, |a| get(a, false, F_MINUTE), Some(("setUTCMinutes", 3, |a| set(a, false, F_MINUTE, 3)))),
        ("getUTCMonth", 0, |a| get(a, false, F_MONTH), Some(("setUTCMonth", 2, |a| set(a, false, F_MONTH, 2)))),
        ("getUTCSeconds", 0, |a| get(a, false, F_SECOND), Some(("setUTCSeconds", 2, |a| set(a, false, F_SECOND, 2)))),
    ];
    for (name, len, f, setter) in utc_accessors {
        method(proto, name, len, f);
        if let Some((name, len, f)) = setter {
            method(proto, name, len, f);
        }
    }
    method(proto, "valueOf", 0, value_of);
    method(proto, "getYear", 0, get_year);
    method(proto, "setYear", 1, set_year);
    method(proto, "toJSON", 1, to_json);
    method(proto, "toLocaleString", 0, |a| to_locale(a, true, true, "Date.prototype.toLocaleString"));
    method(proto, "toLocaleDateString", 0, |a| to_locale(a, true, false, "Date.prototype.toLocaleDateString"));
    method(proto, "toLocaleTimeString", 0, |a| to_locale(a, false, true, "Date.prototype.toLocaleTimeString"));
    let tp = function::native("[Symbol.toPrimitive]", 1, to_primitive, 0);
    unsafe { (*proto.as_object()).define_named(r.sym_to_primitive, tp, CONFIGURABLE) };
}

// ----- the constructor and its functions -----

/// The time value of up to seven components (year, month, ...), as the constructor and
/// Date.UTC read them (before the UTC conversion).
fn from_components(args: &[Value]) -> JsResult<f64> {
    let mut n = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (i, &v) in args.iter().take(7).enumerate() {
        n[i] = conv::to_number(v)?;
    }
    let y = n[0];
    let yr = if !y.is_nan() {
        let yi = y.trunc();
        if (0.0..=99.0).contains(&yi) { 1900.0 + yi } else { y }
    } else {
        y
    };
    Ok(make_date(make_day(yr, n[1], n[2]), make_time(n[3], n[4], n[5], n[6])))
}

/// Date(...) and new Date(...) (§21.4.2.1).
fn construct(a: &CallArgs) -> JsResult<Value> {
    if a.new_target.is_undefined() {
        return Ok(str_value(&to_date_string(now())));
    }
    let tv = match a.args.len() {
        0 => now(),
        1 => {
            let v = a.arg(0);
            if let Some(t) = date_value(v) {
                t
            } else {
                let p = conv::to_primitive(v, Hint::Default)?;
                if p.is_string() {
                    parse(&string::units(p.as_string()).to_vec())
                } else {
                    time_clip(conv::to_number(p)?)
                }
            }
        }
        _ => time_clip(utc(from_components(a.args)?)),
    };
    let proto = function::get_prototype_from_constructor(a.new_target, prototype())?;
    Ok(new_date(proto, tv))
}

fn date_now(_: &CallArgs) -> JsResult<Value> {
    Ok(Value::number(now()))
}

fn date_parse(a: &CallArgs) -> JsResult<Value> {
    let s = conv::to_string(a.arg(0))?;
    Ok(Value::number(parse(&string::units(s).to_vec())))
}

/// Date.UTC (§21.4.3.4).
fn date_utc(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::number(time_clip(from_components(a.args)?)))
}

// ----- getters and setters -----

const F_YEAR: usize = 0;
const F_MONTH: usize = 1;
const F_DATE: usize = 2;
const F_HOUR: usize = 3;
const F_MINUTE: usize = 4;
const F_SECOND: usize = 5;
const F_MS: usize = 6;
const F_WEEKDAY: usize = 7;

fn field_values(f: &Fields) -> [f64; 8] {
    [f.year, f.month, f.date, f.hour, f.minute, f.second, f.ms, f.weekday].map(|x| x as f64)
}

fn get(a: &CallArgs, local: bool, which: usize) -> JsResult<Value> {
    let t = this_time(a)?;
    if t.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    let t = if local { local_time(t) } else { t };
    Ok(Value::number(field_values(&fields(t))[which]))
}

/// The setters from setMilliseconds to setFullYear (§21.4.4.20-28, local and UTC): the
/// arguments replace the fields from `first` on, up to `max` of them (hours, minutes,
/// seconds, ms; or year, month, date).
fn set(a: &CallArgs, local: bool, first: usize, max: usize) -> JsResult<Value> {
    let mut t = this_time(a)?;
    let count = a.args.len().clamp(1, max);
    let mut vals = [0.0; 4];
    for (i, v) in vals.iter_mut().enumerate().take(count) {
        *v = conv::to_number(a.arg(i))?;
    }
    if t.is_nan() {
        if first != F_YEAR {
            return Ok(Value::number(f64::NAN));
        }
        t = 0.0;
    } else if local {
        t = local_time(t);
    }
    let mut f = field_values(&fields(t));
    f[first..first + count].copy_from_slice(&vals[..count]);
    let d = make_date(make_day(f[F_YEAR], f[F_MONTH], f[F_DATE]), make_time(f[F_HOUR], f[F_MINUTE], f[F_SECOND], f[F_MS]));
    let u = time_clip(if local { utc(d) } else { d });
    Ok(set_this_time(a, u))
}

fn set_time(a: &CallArgs) -> JsResult<Value> {
    this_time(a)?;
    let t = conv::to_number(a.arg(0))?;
    Ok(set_this_time(a, time_clip(t)))
}

fn value_of(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::number(this_time(a)?))
}

fn get_timezone_offset(a: &CallArgs) -> JsResult<Value> {
    let t = this_time(a)?;
    if t.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    // V8 counts whole minutes (local mean time offsets have seconds).
    Ok(Value::number(-(offset_at(t) / MS_PER_MINUTE).trunc() + 0.0))
}

/// Date.prototype.getYear (§B.2.3.1).
fn get_year(a: &CallArgs) -> JsResult<Value> {
    let t = this_time(a)?;
    if t.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    Ok(Value::number((fields(local_time(t)).year - 1900) as f64))
}

/// Date.prototype.setYear (§B.2.3.2).
fn set_year(a: &CallArgs) -> JsResult<Value> {
    let t = this_time(a)?;
    let y = conv::to_number(a.arg(0))?;
    if y.is_nan() {
        return Ok(set_this_time(a, f64::NAN));
    }
    let yi = y.trunc();
    let yyyy = if (0.0..=99.0).contains(&yi) { 1900.0 + yi } else { y };
    let t = if t.is_nan() { 0.0 } else { local_time(t) };
    let f = fields(t);
    let d = make_date(make_day(yyyy, f.month as f64, f.date as f64), time_within_day(t));
    Ok(set_this_time(a, time_clip(utc(d))))
}

// ----- string conversions -----

fn to_string(a: &CallArgs) -> JsResult<Value> {
    Ok(str_value(&to_date_string(this_time(a)?)))
}

fn to_date_string_method(a: &CallArgs) -> JsResult<Value> {
    let tv = this_time(a)?;
    if tv.is_nan() {
        return Ok(str_value("Invalid Date"));
    }
    Ok(str_value(&date_string(&fields(local_time(tv)))))
}

fn to_time_string(a: &CallArgs) -> JsResult<Value> {
    let tv = this_time(a)?;
    if tv.is_nan() {
        return Ok(str_value("Invalid Date"));
    }
    let f = fields(local_time(tv));
    Ok(str_value(&format!("{}{}", time_string(&f), time_zone_string(tv))))
}

fn to_iso_string(a: &CallArgs) -> JsResult<Value> {
    let tv = this_time(a)?;
    if tv.is_nan() {
        return Err(error::throw_range_error("Invalid time value"));
    }
    Ok(str_value(&iso_string(tv)))
}

/// toUTCString (§21.4.4.43): "Tue, 01 Mar 2022 10:00:00 GMT".
fn to_utc_string(a: &CallArgs) -> JsResult<Value> {
    let tv = this_time(a)?;
    if tv.is_nan() {
        return Ok(str_value("Invalid Date"));
    }
    let f = fields(tv);
    Ok(str_value(&format!(
        "{}, {:02} {} {} {}",
        DAYS[f.weekday as usize],
        f.date,
        MONTHS[f.month as usize],
        year_string(f.year),
        time_string(&f)
    )))
}

/// toJSON (§21.4.4.37).
fn to_json(a: &CallArgs) -> JsResult<Value> {
    let o = conv::to_object(a.this)?;
    let tv = conv::to_primitive(o, Hint::Number)?;
    if tv.is_number() && !tv.as_number().is_finite() {
        return Ok(Value::NULL);
    }
    let f = object::get(o, Key::Name(atoms::intern_str("toISOString")), o)?;
    if !function::is_callable(f) {
        return Err(error::throw_type_error("toISOString is not a function"));
    }
    function::call(f, o, &[])
}

// ----- toLocaleString and friends (node's en-US formats) -----

/// The Intl.DateTimeFormat options toLocale*String read, as strings.
#[derive(Default)]
struct LocaleOptions {
    weekday: Option<String>,
    era: Option<String>,
    year: Option<String>,
    month: Option<String>,
    day: Option<String>,
    hour: Option<String>,
    minute: Option<String>,
    second: Option<String>,
    hour12: Option<bool>,
    hour_cycle: Option<String>,
    time_zone: Option<String>,
    time_zone_name: Option<String>,
    date_style: Option<String>,
    time_style: Option<String>,
}

fn read_locale_options(options: Value, method: &str) -> JsResult<LocaleOptions> {
    let mut o = LocaleOptions::default();
    if options.is_undefined() {
        return Ok(o);
    }
    let obj = conv::to_object(options)?;
    let get = |name: &str, allowed: &[&str]| -> JsResult<Option<String>> {
        let v = object::get(obj, Key::Name(atoms::intern_str(name)), obj)?;
        if v.is_undefined() {
            return Ok(None);
        }
        let s = conv::to_rust_string(v)?;
        if !allowed.is_empty() && !allowed.contains(&s.as_str()) {
            return Err(error::throw_range_error(&format!("Value {s} out of range for {method} options property {name}")));
        }
        Ok(Some(s))
    };
    const TEXT: &[&str] = &["narrow", "short", "long"];
    const NUM: &[&str] = &["2-digit", "numeric"];
    o.weekday = get("weekday", TEXT)?;
    o.era = get("era", TEXT)?;
    o.year = get("year", NUM)?;
    o.month = get("month", &["2-digit", "numeric", "narrow", "short", "long"])?;
    o.day = get("day", NUM)?;
    o.hour = get("hour", NUM)?;
    o.minute = get("minute", NUM)?;
    o.second = get("second", NUM)?;
    let h12 = object::get(obj, Key::Name(atoms::intern_str("hour12")), obj)?;
    o.hour12 = if h12.is_undefined() { None } else { Some(conv::to_boolean(h12)) };
    o.hour_cycle = get("hourCycle", &["h11", "h12", "h23", "h24"])?;
    o.time_zone = get("timeZone", &[])?;
    o.time_zone_name = get("timeZoneName", &["short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric"])?;
    o.date_style = get("dateStyle", &[])?;
    o.time_style = get("timeStyle", &[])?;
    Ok(o)
}

unsafe extern "C" {
    fn setenv(name: *const libc::c_char, value: *const libc::c_char, overwrite: libc::c_int) -> libc::c_int;
    fn unsetenv(name: *const libc::c_char) -> libc::c_int;
}

/// Runs `f` with the process time zone set to `zone` (an IANA name), then restores it.
fn with_zone<T>(zone: &str, f: impl FnOnce() -> T) -> T {
    let old = std::env::var_os("TZ");
    let tz = c"TZ";
    let value = std::ffi::CString::new(zone).unwrap_or_default();
    unsafe {
        setenv(tz.as_ptr(), value.as_ptr(), 1);
        tzset();
    }
    let r = f();
    unsafe {
        match old {
            Some(v) => {
                let v = std::ffi::CString::new(std::os::unix::ffi::OsStrExt::as_bytes(v.as_os_str())).unwrap_or_default();
                setenv(tz.as_ptr(), v.as_ptr(), 1);
            }
            None => {
                unsetenv(tz.as_ptr());
            }
        }
        tzset();
    }
    r
}

/// Which zone to format in: the local one, UTC, or a named IANA zone.
enum Zone {
    Local,
    Utc,
    Named(String),
}

fn resolve_zone(name: &Option<String>) -> JsResult<Zone> {
    let Some(n) = name else { return Ok(Zone::Local) };
    let upper = n.to_ascii_uppercase();
    if matches!(upper.as_str(), "UTC" | "GMT" | "ETC/UTC" | "ETC/GMT" | "UCT" | "ETC/UCT" | "ETC/UNIVERSAL" | "ETC/ZULU") {
        return Ok(Zone::Utc);
    }
    let well_formed = !n.is_empty()
        && !n.split('/').any(|p| p.is_empty() || p == "." || p == "..")
        && n.bytes().all(|b| b.is_ascii_alphanumeric() || b"/_+-".contains(&b));
    match find_zone_file(n).filter(|_| well_formed) {
        Some(id) => Ok(Zone::Named(id)),
        None => Err(error::throw_range_error(&format!("Invalid time zone specified: {n}"))),
    }
}

/// The tzdata name of zone `name`, matched without regard to case as ICU does.
fn find_zone_file(name: &str) -> Option<String> {
    let root = std::path::Path::new("/usr/share/zoneinfo");
    if root.join(name).is_file() {
        return Some(name.to_string());
    }
    let mut dir = root.to_path_buf();
    let mut parts = Vec::new();
    for part in name.split('/') {
        let entry = std::fs::read_dir(&dir).ok()?.filter_map(|e| e.ok()).find(|e| e.file_name().to_string_lossy().eq_ignore_ascii_case(part))?;
        let found = entry.file_name().to_string_lossy().into_owned();
        dir.push(&found);
        parts.push(found);
    }
    dir.is_file().then(|| parts.join("/"))
}

/// ICU's en-US short zone name: US abbreviations, else "GMT+5:30".
fn short_zone_name(offset_ms: f64, abbrev: &str, utc: bool) -> String {
    if utc {
        return "UTC".into();
    }
    if matches!(abbrev, "EST" | "EDT" | "CST" | "CDT" | "MST" | "MDT" | "PST" | "PDT" | "AKST" | "AKDT" | "HST" | "HDT") && offset_ms < 0.0 {
        return abbrev.into();
    }
    let mins = (offset_ms.abs() / MS_PER_MINUTE) as i64;
    let sign = if offset_ms < 0.0 { '-' } else { '+' };
    match (mins / 60, mins % 60) {
        (0, 0) => "GMT".into(),
        (h, 0) => format!("GMT{sign}{h}"),
        (h, m) => format!("GMT{sign}{h}:{m:02}"),
    }
}

const LONG_DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const LONG_MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn text(style: &str, long: &str, short: &str) -> String {
    match style {
        "long" => long.into(),
        "short" => short.into(),
        _ => long[..1].into(),
    }
}

/// The default numeric date and time format of a locale other than en-US (node's, from ICU).
struct LocaleFormat {
    /// Date field order: b'd' day, b'm' month, b'y' year.
    order: &'static [u8; 3],
    separator: &'static str,
    pad_day: bool,
    pad_month: bool,
    pad_hour: bool,
    /// 12-hour clock markers (am, pm), after the time.
    markers: Option<(&'static str, &'static str)>,
    /// Between the date and the time.
    join: &'static str,
}

impl LocaleFormat {
    fn format(&self, f: &Fields, date: bool, time: bool) -> String {
        let y = if f.year <= 0 { 1 - f.year } else { f.year };
        let field = |c: u8| match c {
            b'd' if self.pad_day => format!("{:02}", f.date),
            b'd' => f.date.to_string(),
            b'm' if self.pad_month => format!("{:02}", f.month + 1),
            b'm' => (f.month + 1).to_string(),
            _ => y.to_string(),
        };
        let d = self.order.iter().map(|&c| field(c)).collect::<Vec<_>>().join(self.separator);
        let t = match self.markers {
            Some((am, pm)) => {
                let h = (f.hour + 11) % 12 + 1;
                format!("{h}:{:02}:{:02} {}", f.minute, f.second, if f.hour < 12 { am } else { pm })
            }
            None if self.pad_hour => format!("{:02}:{:02}:{:02}", f.hour, f.minute, f.second),
            None => format!("{}:{:02}:{:02}", f.hour, f.minute, f.second),
        };
        match (date, time) {
            (true, true) => format!("{d}{}{t}", self.join),
            (true, false) => d,
            _ => t,
        }
    }
}

/// The default format of the first requested locale, if it is one of the common locales
/// whose format differs from en-US (None: use en-US's).
fn locale_format(locales: Value) -> JsResult<Option<LocaleFormat>> {
    let first = if locales.is_object() { object::get(locales, Key::Index(0), locales)? } else { locales };
    if !first.is_string() {
        return Ok(None);
    }
    let tag = string::to_rust(first.as_string()).to_ascii_lowercase().replace('_', "-");
    let lang = tag.split('-').next().unwrap_or("").to_string();
    let lf = |order, separator, pad_day, pad_month, pad_hour, markers, join| {
        Some(LocaleFormat { order, separator, pad_day, pad_month, pad_hour, markers, join })
    };
    const DMY: &[u8; 3] = b"dmy";
    const YMD: &[u8; 3] = b"ymd";
    Ok(match tag.as_str() {
        "en-gb" | "en-ie" | "en-nz" => lf(DMY, "/", true, true, true, None, ", "),
        "en-au" => lf(DMY, "/", true, true, false, Some(("am", "pm")), ", "),
        "en-in" => lf(DMY, "/", false, false, false, Some(("am", "pm")), ", "),
        "en-ca" => lf(YMD, "-", true, true, false, Some(("a.m.", "p.m.")), ", "),
        _ => match lang.as_str() {
            "de" => lf(DMY, ".", false, false, true, None, ", "),
            "fr" => lf(DMY, "/", true, true, true, None, " "),
            "es" => lf(DMY, "/", false, false, false, None, ", "),
            "it" | "pt" => lf(DMY, "/", true, true, true, None, ", "),
            "nl" => lf(DMY, "-", false, false, true, None, ", "),
            "sv" => lf(YMD, "-", true, true, true, None, " "),
            "ja" => lf(YMD, "/", false, false, false, None, " "),
            "zh" => lf(YMD, "/", false, false, true, None, " "),
            "ru" => lf(DMY, ".", true, true, true, None, ", "),
            "pl" => lf(DMY, ".", false, true, true, None, ", "),
            _ => None,
        },
    })
}

/// Date.prototype.toLocaleString / toLocaleDateString / toLocaleTimeString (ECMA-402 §20.4),
/// in node's en-US formats whatever the locale. `date`/`time`: which defaults apply.
fn to_locale(a: &CallArgs, date: bool, time: bool, method: &str) -> JsResult<Value> {
    let tv = this_time(a)?;
    let mut o = read_locale_options(a.arg(1), method)?;
    let zone = resolve_zone(&o.time_zone)?;
    if tv.is_nan() {
        return Ok(str_value("Invalid Date"));
    }
    // dateStyle/timeStyle: only where their kind is required, without component options;
    // they stand for the component options of node's en-US patterns.
    if !time && o.time_style.is_some() {
        return Err(error::throw_type_error("Invalid option : timeStyle"));
    }
    if !date && o.date_style.is_some() {
        return Err(error::throw_type_error("Invalid option : dateStyle"));
    }
    const STYLES: [&str; 4] = ["full", "long", "medium", "short"];
    for (name, style) in [("dateStyle", &o.date_style), ("timeStyle", &o.time_style)] {
        if let Some(v) = style.as_deref().filter(|v| !STYLES.contains(v)) {
            return Err(error::throw_range_error(&format!("Value {v} out of range for {method} options property {name}")));
        }
    }
    if o.date_style.is_some() || o.time_style.is_some() {
        let components = [
            ("weekday", &o.weekday),
            ("era", &o.era),
            ("year", &o.year),
            ("month", &o.month),
            ("day", &o.day),
            ("hour", &o.hour),
            ("minute", &o.minute),
            ("second", &o.second),
            ("timeZoneName", &o.time_zone_name),
        ];
        if let Some((name, _)) = components.iter().find(|(_, v)| v.is_some()) {
            let style = if o.date_style.is_some() { "dateStyle" } else { "timeStyle" };
            return Err(error::throw_type_error(&format!("Can't set option {name} when {style} is used")));
        }
        let some = |s: &str| Some(s.to_string());
        match o.date_style.as_deref() {
            Some("full") => (o.weekday, o.month, o.day, o.year) = (some("long"), some("long"), some("numeric"), some("numeric")),
            Some("long") => (o.month, o.day, o.year) = (some("long"), some("numeric"), some("numeric")),
            Some("medium") => (o.month, o.day, o.year) = (some("short"), some("numeric"), some("numeric")),
            Some(_) => (o.month, o.day, o.year) = (some("numeric"), some("numeric"), some("2-digit")),
            None => {}
        }
        if let Some(ts) = o.time_style.as_deref() {
            (o.hour, o.minute) = (some("numeric"), some("2-digit"));
            if ts != "short" {
                o.second = some("2-digit");
            }
            o.time_zone_name = match ts {
                "full" => some("long"),
                "long" => some("short"),
                _ => None,
            };
        }
    }
    let plain = o.weekday.is_none()
        && o.era.is_none()
        && o.year.is_none()
        && o.month.is_none()
        && o.day.is_none()
        && o.hour.is_none()
        && o.minute.is_none()
        && o.second.is_none()
        && o.hour12.is_none()
        && o.hour_cycle.is_none()
        && o.time_zone_name.is_none()
        && o.date_style.is_none()
        && o.time_style.is_none();
    let locale_format = if plain { locale_format(a.arg(0))? } else { None };
    // ToDateTimeOptions: the defaults when no field of the required kind is given.
    let has_date = o.weekday.is_some() || o.year.is_some() || o.month.is_some() || o.day.is_some();
    let has_time = o.hour.is_some() || o.minute.is_some() || o.second.is_some();
    let numeric = || Some("numeric".to_string());
    if date && !has_date && (!time || !has_time) {
        (o.year, o.month, o.day) = (numeric(), numeric(), numeric());
    }
    if time && !has_time && (!date || !has_date) {
        (o.hour, o.minute, o.second) = (numeric(), numeric(), numeric());
    }
    let (f, offset, abbrev) = match &zone {
        Zone::Utc => (fields(tv), 0.0, String::new()),
        Zone::Local => {
            let (off, ab) = zone_at(tv);
            (fields(tv + off), off, ab)
        }
        Zone::Named(n) => with_zone(n, || {
            let (off, ab) = zone_at(tv);
            (fields(tv + off), off, ab)
        }),
    };
    if let Some(lf) = locale_format {
        return Ok(str_value(&lf.format(&f, date, time)));
    }
    let pad2 = |x: i64, style: &Option<String>| if style.as_deref() == Some("2-digit") { format!("{x:02}") } else { x.to_string() };

    // The date part.
    let mut dp;
    let textual_month = o.month.as_deref().is_some_and(|m| !matches!(m, "numeric" | "2-digit"));
    let year = || {
        let y = if f.year <= 0 { 1 - f.year } else { f.year };
        if o.year.as_deref() == Some("2-digit") { format!("{:02}", y % 100) } else { y.to_string() }
    };
    if textual_month {
        let m = o.month.as_deref().unwrap_or("long");
        dp = text(m, LONG_MONTHS[f.month as usize], MONTHS[f.month as usize]);
        if o.day.is_some() {
            dp += &format!(" {}", pad2(f.date, &o.day));
        }
        if o.year.is_some() {
            dp += if o.day.is_some() { ", " } else { " " };
            dp += &year();
        }
    } else {
        let mut parts = Vec::new();
        if o.month.is_some() {
            parts.push(pad2(f.month + 1, &o.month));
        }
        if o.day.is_some() {
            parts.push(pad2(f.date, &o.day));
        }
        if o.year.is_some() {
            parts.push(year());
        }
        dp = parts.join("/");
    }
    if let Some(era) = &o.era {
        let e = if f.year <= 0 { text(era, "Before Christ", "BC") } else { text(era, "Anno Domini", "AD") };
        dp = if dp.is_empty() { e } else { format!("{dp} {e}") };
    }
    if let Some(w) = &o.weekday {
        let wd = text(w, LONG_DAYS[f.weekday as usize], DAYS[f.weekday as usize]);
        dp = if dp.is_empty() { wd } else { format!("{wd}, {dp}") };
    }

    // The time part.
    let cycle = match (o.hour12, o.hour_cycle.as_deref()) {
        (Some(true), _) => "h12",
        // node 20's ICU takes hour12: false as h24 for en-US.
        (Some(false), _) => "h24",
        (None, Some(c)) => c,
        (None, None) => "h12",
    };
    let mut tp = Vec::new();
    if o.hour.is_some() {
        let h = match cycle {
            "h11" => f.hour % 12,
            "h12" => (f.hour + 11) % 12 + 1,
            "h23" => f.hour,
            _ => (f.hour + 23) % 24 + 1,
        };
        let two = o.hour.as_deref() == Some("2-digit") || matches!(cycle, "h23" | "h24");
        tp.push(if two { format!("{h:02}") } else { h.to_string() });
    }
    let alone = o.hour.is_none() as usize + o.minute.is_none() as usize + o.second.is_none() as usize == 2;
    if o.minute.is_some() {
        tp.push(if alone { f.minute.to_string() } else { format!("{:02}", f.minute) });
    }
    if o.second.is_some() {
        tp.push(if alone { f.second.to_string() } else { format!("{:02}", f.second) });
    }
    let mut tpart = tp.join(":");
    if o.hour.is_some() && matches!(cycle, "h11" | "h12") {
        tpart += if f.hour < 12 { " AM" } else { " PM" };
    }
    if let Some(style) = &o.time_zone_name {
        let name = match style.as_str() {
            "long" | "longGeneric" => match &zone {
                Zone::Utc => "Coordinated Universal Time".to_string(),
                _ => zone_name(tv, offset, &abbrev),
            },
            _ => short_zone_name(offset, &abbrev, matches!(zone, Zone::Utc)),
        };
        tpart = if tpart.is_empty() { name } else { format!("{tpart} {name}") };
    }

    let s = match (dp.is_empty(), tpart.is_empty()) {
        (false, false) => {
            let long_date = o.month.as_deref() == Some("long");
            let sep = if long_date {
                " at "
            } else if o.weekday.is_some() && o.year.is_none() && o.month.is_none() && o.day.is_none() && o.era.is_none() {
                " "
            } else {
                ", "
            };
            format!("{dp}{sep}{tpart}")
        }
        (false, true) => dp,
        _ => tpart,
    };
    Ok(str_value(&s))
}

/// Date.prototype[Symbol.toPrimitive] (§21.4.4.45).
fn to_primitive(a: &CallArgs) -> JsResult<Value> {
    if !a.this.is_object() {
        return Err(error::throw_type_error("Date.prototype [ @@toPrimitive ] called on non-object"));
    }
    let hint = a.arg(0);
    let h = if hint.is_string() { string::to_rust(hint.as_string()) } else { String::new() };
    let try_first = match h.as_str() {
        "string" | "default" => Hint::String,
        "number" => Hint::Number,
        _ => return Err(error::throw_type_error(&format!("Invalid hint: {}", crate::builtins::global::describe(hint)))),
    };
    ordinary_to_primitive(a.this, try_first)
}

/// OrdinaryToPrimitive (§7.1.1.1).
fn ordinary_to_primitive(o: Value, hint: Hint) -> JsResult<Value> {
    let c = atoms::common();
    let order = if hint == Hint::String { [c.to_string, c.value_of] } else { [c.value_of, c.to_string] };
    for name in order {
        let m = object::get(o, Key::Name(name), o)?;
        if function::is_callable(m) {
            let r = function::call(m, o, &[])?;
            if !r.is_object() {
                return Ok(r);
            }
        }
    }
    Err(error::throw_type_error("Cannot convert object to primitive value"))
}

// ----- Date.parse -----

#[derive(Clone, Copy, PartialEq, Debug)]
enum Tok {
    /// Value (first nine digits), digit count.
    Number(i64, usize),
    Symbol(u16),
    /// Keyword kind and value, word length.
    Word(Kw, i64, usize),
    WhiteSpace,
    Unknown,
    End,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kw {
    Month,
    AmPm,
    Zone,
    TimeSeparator,
    Invalid,
}

fn is_space(u: u16) -> bool {
    matches!(u, 0x09..=0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF)
}

fn keyword(pre: [u16; 3], len: usize) -> (Kw, i64) {
    const TABLE: [(&[u8; 3], Kw, i64); 26] = [
        (b"jan", Kw::Month, 1),
        (b"feb", Kw::Month, 2),
        (b"mar", Kw::Month, 3),
        (b"apr", Kw::Month, 4),
        (b"may", Kw::Month, 5),
        (b"jun", Kw::Month, 6),
        (b"jul", Kw::Month, 7),
        (b"aug", Kw::Month, 8),
        (b"sep", Kw::Month, 9),
        (b"oct", Kw::Month, 10),
        (b"nov", Kw::Month, 11),
        (b"dec", Kw::Month, 12),
        (b"am\0", Kw::AmPm, 0),
        (b"pm\0", Kw::AmPm, 12),
        (b"ut\0", Kw::Zone, 0),
        (b"utc", Kw::Zone, 0),
        (b"z\0\0", Kw::Zone, 0),
        (b"gmt", Kw::Zone, 0),
        (b"cdt", Kw::Zone, -5),
        (b"cst", Kw::Zone, -6),
        (b"edt", Kw::Zone, -4),
        (b"est", Kw::Zone, -5),
        (b"mdt", Kw::Zone, -6),
        (b"mst", Kw::Zone, -7),
        (b"pdt", Kw::Zone, -7),
        (b"pst", Kw::Zone, -8),
    ];
    for (k, kind, v) in TABLE {
        if k.iter().zip(pre).all(|(&c, p)| c as u16 == p) && (len <= 3 || kind == Kw::Month) {
            return (kind, v);
        }
    }
    if pre == [b't' as u16, 0, 0] {
        return (Kw::TimeSeparator, 0);
    }
    (Kw::Invalid, 0)
}

/// V8's DateStringTokenizer.
fn tokenize(s: &[u16]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    let digit = |u: u16| (b'0' as u16..=b'9' as u16).contains(&u);
    while i < s.len() {
        let c = s[i];
        if digit(c) {
            let (mut n, start) = (0i64, i);
            while i < s.len() && digit(s[i]) {
                if i - start < 9 {
                    n = n * 10 + (s[i] - b'0' as u16) as i64;
                }
                i += 1;
            }
            out.push(Tok::Number(n, i - start));
        } else if matches!(c, 0x3A | 0x2D | 0x2B | 0x2E | 0x29) {
            // : - + . )
            out.push(Tok::Symbol(c));
            i += 1;
        } else if c >= b'A' as u16 && !is_space(c) {
            let mut pre = [0u16; 3];
            let start = i;
            while i < s.len() && s[i] >= b'A' as u16 && !is_space(s[i]) {
                if i - start < 3 {
                    pre[i - start] = if s[i] < 128 { s[i] | 0x20 } else { s[i] };
                }
                i += 1;
            }
            let (k, v) = keyword(pre, i - start);
            out.push(Tok::Word(k, v, i - start));
        } else if is_space(c) {
            while i < s.len() && is_space(s[i]) {
                i += 1;
            }
            out.push(Tok::WhiteSpace);
        } else if c == b'(' as u16 {
            let mut depth = 0;
            while i < s.len() {
                if s[i] == b'(' as u16 {
                    depth += 1;
                } else if s[i] == b')' as u16 {
                    depth -= 1;
                    if depth == 0 {
                        i += 1;
                        break;
                    }
                }
                i += 1;
            }
            out.push(Tok::Unknown);
        } else {
            out.push(Tok::Unknown);
            i += 1;
        }
    }
    out
}

struct Scanner {
    toks: Vec<Tok>,
    pos: usize,
}

impl Scanner {
    fn peek(&self) -> Tok {
        self.toks.get(self.pos).copied().unwrap_or(Tok::End)
    }
    fn next(&mut self) -> Tok {
        let t = self.peek();
        self.pos += 1;
        t
    }
    fn skip_symbol(&mut self, c: u8) -> bool {
        if self.peek() == Tok::Symbol(c as u16) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn peek_fixed(&self, len: usize) -> Option<i64> {
        match self.peek() {
            Tok::Number(n, l) if l == len => Some(n),
            _ => None,
        }
    }
    fn peek_sign(&self) -> bool {
        matches!(self.peek(), Tok::Symbol(0x2B | 0x2D))
    }
}

fn is_z(t: Tok) -> bool {
    matches!(t, Tok::Word(Kw::Zone, 0, 1))
}

fn is_sign(t: Tok) -> bool {
    matches!(t, Tok::Symbol(0x2B | 0x2D))
}

const NONE: i64 = i64::MAX;

struct DayComposer {
    comp: [i64; 3],
    index: usize,
    named_month: i64,
    iso: bool,
}

impl DayComposer {
    fn add(&mut self, n: i64) -> bool {
        if self.index < 3 {
            self.comp[self.index] = n;
            self.index += 1;
            true
        } else {
            false
        }
    }
    fn write(&mut self) -> Option<(i64, i64, i64)> {
        if self.index < 1 {
            return None;
        }
        while self.index < 3 {
            self.comp[self.index] = 1;
            self.index += 1;
        }
        let is_day = |x: i64| (1..=31).contains(&x);
        let c = self.comp;
        let (mut year, month, day);
        if self.named_month == NONE {
            if self.iso || !is_day(c[0]) {
                (year, month, day) = (c[0], c[1], c[2]);
            } else {
                (month, day, year) = (c[0], c[1], c[2]);
            }
        } else {
            month = self.named_month;
            if !is_day(c[0]) {
                (year, day) = (c[0], c[1]);
            } else {
                (day, year) = (c[0], c[1]);
            }
        }
        if !self.iso {
            if (0..=49).contains(&year) {
                year += 2000;
            } else if (50..=99).contains(&year) {
                year += 1900;
            }
        }
        if !(1..=12).contains(&month) || !is_day(day) {
            return None;
        }
        Some((year, month - 1, day))
    }
}

struct TimeComposer {
    comp: [i64; 4],
    index: usize,
    hour_offset: i64,
}

impl TimeComposer {
    fn is_empty(&self) -> bool {
        self.index == 0
    }
    fn is_expecting(&self, n: i64) -> bool {
        (self.index == 1 && (0..=59).contains(&n)) || (self.index == 2 && (0..=59).contains(&n)) || (self.index == 3 && (0..=999).contains(&n))
    }
    fn add(&mut self, n: i64) -> bool {
        if self.index < 4 {
            self.comp[self.index] = n;
            self.index += 1;
            true
        } else {
            false
        }
    }
    fn add_final(&mut self, n: i64) -> bool {
        if !self.add(n) {
            return false;
        }
        while self.index < 4 {
            self.comp[self.index] = 0;
            self.index += 1;
        }
        true
    }
    fn write(&mut self) -> Option<[i64; 4]> {
        while self.index < 4 {
            self.comp[self.index] = 0;
            self.index += 1;
        }
        let [mut hour, minute, second, ms] = self.comp;
        if self.hour_offset != NONE {
            if !(0..=12).contains(&hour) {
                return None;
            }
            hour = hour % 12 + self.hour_offset;
        }
        let ok = (0..=23).contains(&hour) && (0..=59).contains(&minute) && (0..=59).contains(&second) && (0..=999).contains(&ms);
        if !ok && (hour != 24 || minute != 0 || second != 0 || ms != 0) {
            return None;
        }
        Some([hour, minute, second, ms])
    }
}

struct ZoneComposer {
    sign: i64,
    hour: i64,
    minute: i64,
}

impl ZoneComposer {
    fn set(&mut self, offset_hours: i64) {
        self.sign = if offset_hours < 0 { -1 } else { 1 };
        self.hour = offset_hours * self.sign;
        self.minute = 0;
    }
    fn is_expecting(&self, n: i64) -> bool {
        self.hour != NONE && self.minute == NONE && (0..=59).contains(&n)
    }
    fn is_utc(&self) -> bool {
        self.hour == 0 && self.minute == 0
    }
    fn is_empty(&self) -> bool {
        self.hour == NONE
    }
    /// The offset in seconds, or None for local time; Err if out of range.
    fn write(&mut self) -> Result<Option<i64>, ()> {
        if self.sign == NONE {
            return Ok(None);
        }
        if self.hour == NONE {
            self.hour = 0;
        }
        if self.minute == NONE {
            self.minute = 0;
        }
        let total = self.hour * 3600 + self.minute * 60;
        if total > (1 << 30) - 1 {
            return Err(());
        }
        Ok(Some(if self.sign < 0 { -total } else { total }))
    }
}

/// V8's ReadMilliseconds: the first three digits of a fraction.
fn read_ms(n: i64, len: usize) -> i64 {
    match len {
        1 => n * 100,
        2 => n * 10,
        3 => n,
        _ => {
            let mut l = len.min(9);
            let mut n = n;
            while l > 3 {
                n /= 10;
                l -= 1;
            }
            n
        }
    }
}

/// ParseES5DateTime: the ISO format. Returns the first token it did not handle (End when it
/// read the whole string as ISO), or None for an invalid string.
fn parse_iso(sc: &mut Scanner, day: &mut DayComposer, time: &mut TimeComposer, tz: &mut ZoneComposer) -> Option<Tok> {
    if sc.peek_sign() {
        let sign_tok = sc.next();
        let Some(y) = sc.peek_fixed(6) else { return Some(sign_tok) };
        let neg = sign_tok == Tok::Symbol(0x2D);
        if neg && y == 0 {
            return Some(sign_tok);
        }
        sc.next();
        day.add(if neg { -y } else { y });
    } else if let Some(y) = sc.peek_fixed(4) {
        sc.next();
        day.add(y);
    } else {
        return Some(sc.next());
    }
    if sc.skip_symbol(b'-') {
        match sc.peek_fixed(2) {
            Some(m) if (1..=12).contains(&m) => {
                sc.next();
                day.add(m);
            }
            _ => return Some(sc.next()),
        }
        if sc.skip_symbol(b'-') {
            match sc.peek_fixed(2) {
                Some(d) if (1..=31).contains(&d) => {
                    sc.next();
                    day.add(d);
                }
                _ => return Some(sc.next()),
            }
        }
    }
    if !matches!(sc.peek(), Tok::Word(Kw::TimeSeparator, _, _)) {
        if sc.peek() != Tok::End {
            return Some(sc.next());
        }
    } else {
        sc.next();
        let h = sc.peek_fixed(2).filter(|h| (0..=24).contains(h))?;
        let h24 = h == 24;
        sc.next();
        time.add(h);
        if !sc.skip_symbol(b':') {
            return None;
        }
        let m = sc.peek_fixed(2).filter(|&m| (0..=59).contains(&m) && !(h24 && m > 0))?;
        sc.next();
        time.add(m);
        if sc.skip_symbol(b':') {
            let s = sc.peek_fixed(2).filter(|&s| (0..=59).contains(&s) && !(h24 && s > 0))?;
            sc.next();
            time.add(s);
            if sc.skip_symbol(b'.') {
                let Tok::Number(n, len) = sc.peek() else { return None };
                if h24 && n > 0 {
                    return None;
                }
                sc.next();
                time.add(read_ms(n, len));
            }
        }
        if is_z(sc.peek()) {
            sc.next();
            tz.set(0);
        } else if sc.peek_sign() {
            tz.sign = if sc.next() == Tok::Symbol(0x2B) { 1 } else { -1 };
            if let Some(hm) = sc.peek_fixed(4) {
                sc.next();
                let (h, m) = (hm / 100, hm % 100);
                if !(0..=23).contains(&h) || !(0..=59).contains(&m) {
                    return None;
                }
                tz.hour = h;
                tz.minute = m;
            } else {
                let h = sc.peek_fixed(2).filter(|h| (0..=23).contains(h))?;
                sc.next();
                tz.hour = h;
                if !sc.skip_symbol(b':') {
                    return None;
                }
                let m = sc.peek_fixed(2).filter(|m| (0..=59).contains(m))?;
                sc.next();
                tz.minute = m;
            }
        }
        if sc.peek() != Tok::End {
            return None;
        }
    }
    if tz.is_empty() && time.is_empty() {
        tz.set(0);
    }
    day.iso = true;
    Some(Tok::End)
}

/// Date.parse's string-to-time-value (V8's DateParser::Parse and ParseDateTimeString).
pub fn parse(s: &[u16]) -> f64 {
    parse_fields(s).unwrap_or(f64::NAN)
}

fn parse_fields(s: &[u16]) -> Option<f64> {
    let mut sc = Scanner { toks: tokenize(s), pos: 0 };
    let mut day = DayComposer { comp: [0; 3], index: 0, named_month: NONE, iso: false };
    let mut time = TimeComposer { comp: [0; 4], index: 0, hour_offset: NONE };
    let mut tz = ZoneComposer { sign: NONE, hour: NONE, minute: NONE };
    let mut tok = parse_iso(&mut sc, &mut day, &mut time, &mut tz)?;
    let mut has_read_number = day.index > 0;
    while tok != Tok::End {
        match tok {
            Tok::Number(n, _) => {
                has_read_number = true;
                if sc.skip_symbol(b':') {
                    if sc.skip_symbol(b':') {
                        if !time.is_empty() {
                            return None;
                        }
                        time.add(n);
                        time.add(0);
                    } else {
                        if !time.add(n) {
                            return None;
                        }
                        if sc.peek() == Tok::Symbol(b'.' as u16) {
                            sc.next();
                        }
                    }
                } else if sc.skip_symbol(b'.') && time.is_expecting(n) {
                    time.add(n);
                    let Tok::Number(f, len) = sc.peek() else { return None };
                    sc.next();
                    time.add_final(read_ms(f, len));
                } else if tz.is_expecting(n) {
                    tz.minute = n;
                } else if time.is_expecting(n) {
                    time.add_final(n);
                    let p = sc.peek();
                    if !matches!(p, Tok::End | Tok::WhiteSpace) && !is_z(p) && !is_sign(p) {
                        return None;
                    }
                } else {
                    if !day.add(n) {
                        return None;
                    }
                    sc.skip_symbol(b'-');
                }
            }
            Tok::Word(kind, v, _) => {
                if kind == Kw::AmPm && !time.is_empty() {
                    time.hour_offset = v;
                } else if kind == Kw::Month {
                    day.named_month = v;
                    sc.skip_symbol(b'-');
                } else if kind == Kw::Zone && has_read_number {
                    tz.set(v);
                } else {
                    if has_read_number {
                        return None;
                    }
                    if matches!(sc.peek(), Tok::Number(..)) {
                        return None;
                    }
                }
            }
            t if is_sign(t) && (tz.is_utc() || !time.is_empty()) => {
                tz.sign = if t == Tok::Symbol(0x2B) { 1 } else { -1 };
                let (mut n, mut len) = (0, 0);
                if let Tok::Number(x, l) = sc.peek() {
                    sc.next();
                    (n, len) = (x, l);
                }
                has_read_number = true;
                if sc.peek() == Tok::Symbol(b':' as u16) {
                    tz.hour = n;
                    tz.minute = NONE;
                } else if len == 1 || len == 2 {
                    tz.hour = n;
                    tz.minute = 0;
                } else if len == 3 || len == 4 {
                    tz.hour = n / 100;
                    tz.minute = n % 100;
                } else {
                    return None;
                }
            }
            t if (is_sign(t) || t == Tok::Symbol(b')' as u16)) && has_read_number => return None,
            _ => {}
        }
        tok = sc.next();
    }
    let (y, m, d) = day.write()?;
    let [h, mi, sec, ms] = time.write()?;
    let offset = tz.write().ok()?;
    let date = make_date(make_day(y as f64, m as f64, d as f64), make_time(h as f64, mi as f64, sec as f64, ms as f64));
    let t = match offset {
        None => {
            if date.abs() > MAX_TIME + 864_000_000.0 {
                return None;
            }
            utc(date)
        }
        Some(secs) => {
            let t = date - secs as f64 * 1000.0;
            if t.abs() > MAX_TIME {
                return None;
            }
            t
        }
    };
    Some(time_clip(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> f64 {
        parse(&s.encode_utf16().collect::<Vec<u16>>())
    }

    #[test]
    fn calendar_round_trip() {
        for d in [-719468i64 - 400, -1, 0, 1, 59, 365, 11016, 19052, 2_932_896] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(civil_from_days(19052), (2022, 3, 1));
        assert_eq!(make_day(2022.0, 2.0, 1.0), 19052.0);
        assert_eq!(make_day(2021.0, 14.0, 1.0), 19052.0);
        assert!(make_day(f64::INFINITY, 0.0, 1.0).is_nan());
        assert_eq!(time_clip(-0.5), 0.0);
        assert!(time_clip(8.64e15 + 1.0).is_nan());
    }

    #[test]
    fn iso_format() {
        assert_eq!(iso_string(1646128800000.0), "2022-03-01T10:00:00.000Z");
        assert_eq!(iso_string(8.64e15), "+275760-09-13T00:00:00.000Z");
        assert_eq!(iso_string(-62198755200000.0), "-000001-01-01T00:00:00.000Z");
    }

    #[test]
    fn parse_utc_forms() {
        assert_eq!(p("2022-03-01"), 1646092800000.0);
        assert_eq!(p("2022-03-01T10:00:00Z"), 1646128800000.0);
        assert_eq!(p("2022-03-01T10:00:00.000+05:30"), 1646109000000.0);
        assert_eq!(p("Tue, 01 Mar 2022 10:00:00 GMT"), 1646128800000.0);
        assert_eq!(p("Tue Mar 01 2022 10:00:00 GMT+0000 (Coordinated Universal Time)"), 1646128800000.0);
        assert_eq!(p("Mar 1 2022 10:00 +02:30"), 1646119800000.0);
        assert_eq!(p("Mar 1 2022 10:00 -130"), 1646134200000.0);
        assert_eq!(p("Sat, 01-Jan-2000 08:00:00 GMT"), 946713600000.0);
        assert_eq!(p("2022-03-01t10:00z"), 1646128800000.0);
        assert_eq!(p("+275760-09-13T00:00:00.000Z"), 8.64e15);
        for bad in ["2022-13-01", "2022-03-01T24:00:01Z", "-000000-01-01T00:00:00Z", "2022-03-01T10Z", "foo", "", "31.12.2022", "Mar 1 2022 13:00 PM", "+275760-09-13T00:00:00.001Z", "2000-01-01TZ"] {
            assert!(p(bad).is_nan(), "{bad}");
        }
    }
}
