//! Mispronunciation detection & diagnosis (MDD): align the phones recognised from the learner
//! against the canonical phones of the prompt and classify each as correct, substituted,
//! deleted or inserted. Feeds the pronunciation feedback screen and the speaking score.
use serde::Serialize;

#[derive(Debug, Serialize, PartialEq)]
pub enum Verdict {
    Correct(String),
    Substitution { expected: String, produced: String },
    Deletion(String),
    Insertion(String),
}

pub fn diagnose(canonical: &[&str], recognised: &[&str]) -> Vec<Verdict> {
    let (n, m) = (canonical.len(), recognised.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for i in 0..=n { d[i][0] = i; }
    for j in 0..=m { d[0][j] = j; }
    for i in 1..=n {
        for j in 1..=m {
            let sub = if canonical[i - 1] == recognised[j - 1] { 0 } else { 1 };
            d[i][j] = (d[i - 1][j - 1] + sub).min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
        }
    }
    let (mut i, mut j, mut out) = (n, m, Vec::new());
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (canonical[i - 1] != recognised[j - 1]) as usize {
            out.push(if canonical[i - 1] == recognised[j - 1] {
                Verdict::Correct(canonical[i - 1].into())
            } else {
                Verdict::Substitution { expected: canonical[i - 1].into(), produced: recognised[j - 1].into() }
            });
            i -= 1;
            j -= 1;
        } else if i > 0 && d[i][j] == d[i - 1][j] + 1 {
            out.push(Verdict::Deletion(canonical[i - 1].into()));
            i -= 1;
        } else {
            out.push(Verdict::Insertion(recognised[j - 1].into()));
            j -= 1;
        }
    }
    out.reverse();
    out
}

/// Phone-level accuracy in percent, the "pronunciation" sub-score on the report card.
pub fn accuracy(verdicts: &[Verdict]) -> f32 {
    let canonical = verdicts.iter().filter(|v| !matches!(v, Verdict::Insertion(_))).count();
    let ok = verdicts.iter().filter(|v| matches!(v, Verdict::Correct(_))).count();
    if canonical == 0 { 0.0 } else { 100.0 * ok as f32 / canonical as f32 }
}
