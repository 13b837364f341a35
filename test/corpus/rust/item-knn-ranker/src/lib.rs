//! Item-kNN over implicit feedback (views), used by the storefront to fill the
//! "for you" row. Similarities are cosine over user-occurrence vectors.
use std::collections::{HashMap, HashSet};

pub type UserId = u64;
pub type ItemId = u32;

pub struct ItemKnn {
    neighbours: HashMap<ItemId, Vec<(ItemId, f32)>>,
}

impl ItemKnn {
    pub fn fit(views: &[(UserId, ItemId)], k: usize) -> Self {
        let mut by_item: HashMap<ItemId, HashSet<UserId>> = HashMap::new();
        for &(u, i) in views {
            by_item.entry(i).or_default().insert(u);
        }
        let items: Vec<_> = by_item.keys().copied().collect();
        let mut neighbours = HashMap::new();
        for &a in &items {
            let ua = &by_item[&a];
            let mut sims: Vec<(ItemId, f32)> = items
                .iter()
                .filter(|&&b| b != a)
                .map(|&b| {
                    let ub = &by_item[&b];
                    let inter = ua.intersection(ub).count() as f32;
                    (b, inter / ((ua.len() * ub.len()) as f32).sqrt())
                })
                .filter(|&(_, s)| s > 0.0)
                .collect();
            sims.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap());
            sims.truncate(k);
            neighbours.insert(a, sims);
        }
        ItemKnn { neighbours }
    }

    /// Scores unseen items for one shopper from their own view history.
    pub fn for_user(&self, history: &[ItemId], n: usize) -> Vec<(ItemId, f32)> {
        let seen: HashSet<_> = history.iter().copied().collect();
        let mut acc: HashMap<ItemId, f32> = HashMap::new();
        for h in history {
            if let Some(ns) = self.neighbours.get(h) {
                for &(j, s) in ns {
                    if !seen.contains(&j) {
                        *acc.entry(j).or_insert(0.0) += s;
                    }
                }
            }
        }
        let mut out: Vec<_> = acc.into_iter().collect();
        out.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
        out.truncate(n);
        out
    }
}
