//! Spell-check for the Quill markdown editor: underline unknown words and offer suggestions.
use std::collections::HashMap;

pub struct Speller {
    freq: HashMap<String, u32>,
}

fn edits1(word: &str) -> Vec<String> {
    let letters = "abcdefghijklmnopqrstuvwxyz";
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    for i in 0..=chars.len() {
        let (l, r) = chars.split_at(i);
        let l: String = l.iter().collect();
        if !r.is_empty() {
            out.push(format!("{l}{}", r[1..].iter().collect::<String>()));
        }
        if r.len() > 1 {
            out.push(format!("{l}{}{}{}", r[1], r[0], r[2..].iter().collect::<String>()));
        }
        for c in letters.chars() {
            if !r.is_empty() {
                out.push(format!("{l}{c}{}", r[1..].iter().collect::<String>()));
            }
            out.push(format!("{l}{c}{}", r.iter().collect::<String>()));
        }
    }
    out
}

impl Speller {
    pub fn from_wordlist(text: &str) -> Self {
        let mut freq = HashMap::new();
        for w in text.split_whitespace() {
            *freq.entry(w.to_lowercase()).or_insert(0) += 1;
        }
        Self { freq }
    }

    pub fn is_known(&self, word: &str) -> bool {
        self.freq.contains_key(&word.to_lowercase())
    }

    pub fn suggest(&self, word: &str, max: usize) -> Vec<String> {
        let mut cands: Vec<(String, u32)> = edits1(&word.to_lowercase())
            .into_iter()
            .filter_map(|w| self.freq.get(&w).map(|&f| (w, f)))
            .collect();
        cands.sort_by(|a, b| b.1.cmp(&a.1));
        cands.dedup_by(|a, b| a.0 == b.0);
        cands.into_iter().take(max).map(|(w, _)| w).collect()
    }
}
