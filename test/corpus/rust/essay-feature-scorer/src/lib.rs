//! "aes" here means Automated Essay Scoring, not the cipher.
use std::collections::HashSet;
use unicode_segmentation::UnicodeSegmentation;

pub struct Weights {
    pub bias: f64,
    pub log_len: f64,
    pub ttr: f64,
    pub avg_sentence: f64,
    pub long_words: f64,
    pub prompt_overlap: f64,
}

/// Fitted by ridge regression on 1,800 double-marked scripts (see notebooks/fit.ipynb).
pub const DEFAULT: Weights = Weights {
    bias: -3.1, log_len: 1.35, ttr: 4.2, avg_sentence: 0.04, long_words: 6.5, prompt_overlap: 3.0,
};

pub fn score(essay: &str, prompt: &str, w: &Weights) -> u8 {
    let words: Vec<String> = essay.unicode_words().map(|s| s.to_lowercase()).collect();
    if words.is_empty() {
        return 0;
    }
    let n = words.len() as f64;
    let sentences = essay.unicode_sentences().filter(|s| !s.trim().is_empty()).count().max(1) as f64;
    let types: HashSet<&String> = words.iter().collect();
    let long = words.iter().filter(|w| w.chars().count() >= 7).count() as f64 / n;
    let prompt_terms: HashSet<String> = prompt.unicode_words().map(|s| s.to_lowercase()).filter(|s| s.len() > 3).collect();
    let overlap = if prompt_terms.is_empty() {
        0.0
    } else {
        prompt_terms.iter().filter(|t| types.contains(t)).count() as f64 / prompt_terms.len() as f64
    };
    let raw = w.bias
        + w.log_len * n.ln()
        + w.ttr * (types.len() as f64 / n.sqrt()) / 10.0
        + w.avg_sentence * (n / sentences)
        + w.long_words * long
        + w.prompt_overlap * overlap;
    raw.round().clamp(0.0, 12.0) as u8
}
