//! Which tests are not run, and why: features beyond the target language (ES2025) or host
//! hooks Kiln does not provide, listed in tests/test262/EXCLUDED_FEATURES, plus two host
//! conditions fixed here. An excluded test is recorded as `skip` with its reason, so the
//! exclusions stay visible in results.txt.
//!
//! Directories that are not run at all (intl402, staging, harness) are chosen in
//! checkout.rs; a feature Kiln merely lacks today is never excluded: its tests fail.

use std::collections::BTreeMap;
use std::path::Path;

use super::frontmatter::Frontmatter;

/// The excluded features, each with the reason from EXCLUDED_FEATURES.
pub struct Exclusions {
    features: BTreeMap<String, String>,
}

impl Exclusions {
    /// Reads EXCLUDED_FEATURES: one feature per line, then its reason; `#` starts a comment.
    pub fn load(path: &Path) -> Result<Exclusions, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Ok(Exclusions::parse(&text))
    }

    fn parse(text: &str) -> Exclusions {
        let mut features = BTreeMap::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (feature, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            features.insert(feature.to_string(), reason.trim().to_string());
        }
        Exclusions { features }
    }

    /// Why the test is not run, or `None` if it is.
    pub fn reason(&self, meta: &Frontmatter, source: &str) -> Option<String> {
        if let Some(feature) = meta.features.iter().find(|f| self.features.contains_key(f.as_str())) {
            return Some(format!("excluded feature {feature}"));
        }
        if meta.has_flag("CanBlockIsFalse") {
            // As in node, the main thread may block in Atomics.wait ([[CanBlock]] is true).
            return Some("host: [[CanBlock]] is true (CanBlockIsFalse)".to_string());
        }
        if source.contains("$262.agent") {
            // Multiple agents (workers sharing memory) are a host hook the runner does not provide.
            return Some("host: $262.agent is not provided".to_string());
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_flags_and_agents() {
        let ex = Exclusions::parse("# comment\nTemporal   proposal, not ES2025\n\nIsHTMLDDA host hook\n");
        let meta = |features: &[&str], flags: &[&str]| Frontmatter {
            features: features.iter().map(|s| s.to_string()).collect(),
            flags: flags.iter().map(|s| s.to_string()).collect(),
            ..Frontmatter::default()
        };
        assert_eq!(ex.reason(&meta(&["class", "Temporal"], &[]), ""), Some("excluded feature Temporal".to_string()));
        assert_eq!(ex.reason(&meta(&["class"], &[]), "var x;"), None);
        assert_eq!(
            ex.reason(&meta(&[], &["CanBlockIsFalse"]), ""),
            Some("host: [[CanBlock]] is true (CanBlockIsFalse)".to_string())
        );
        assert_eq!(
            ex.reason(&meta(&[], &[]), "$262.agent.start(src);"),
            Some("host: $262.agent is not provided".to_string())
        );
    }
}
